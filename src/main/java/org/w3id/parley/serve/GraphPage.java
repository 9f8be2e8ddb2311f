package org.w3id.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The network view at {@code /graph}: an HTML page that asks {@code /kg/sparql} for persons,
 * countries and organisations and the edges between them, and draws them with cytoscape.js.
 *
 * <p>This servlet only hands out a fixed set of files: the page's own HTML, JavaScript and CSS
 * (classpath resources next to this class, in {@code graph/}) and {@code lib/cytoscape.min.js} from
 * the cytoscape WebJar. Every other path is 404, so no request can reach another classpath file.
 * The data comes from SPARQL in the browser, which keeps the queries readable in {@code graph.js}.
 */
final class GraphPage extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
  private static final String OWN = "org/w3id/parley/serve/graph/";

  /** The WebJar's version, read from its Maven metadata so that pom.xml alone names it. */
  static final String CYTOSCAPE_VERSION = webjarVersion();

  /** Path below /graph to the classpath file served there and its content type. */
  private static final Map<String, Asset> FILES =
      Map.of(
          "",
          new Asset(OWN + "index.html", "text/html"),
          "/",
          new Asset(OWN + "index.html", "text/html"),
          "/graph.js",
          new Asset(OWN + "graph.js", "text/javascript"),
          "/graph.css",
          new Asset(OWN + "graph.css", "text/css"),
          "/lib/cytoscape.min.js",
          new Asset(WEBJAR + CYTOSCAPE_VERSION + "/dist/cytoscape.min.js", "text/javascript"));

  /** One file this servlet serves: where it is on the classpath and its media type. */
  private record Asset(String resource, String mediaType) {}

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Asset asset = FILES.get(path);
    byte[] body = asset == null ? null : read(asset.resource());
    if (body == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no file /graph" + path);
      return;
    }
    resp.setContentType(asset.mediaType() + "; charset=UTF-8");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    // The page's files change with each build of Parley; let the browser check every time.
    resp.setHeader("Cache-Control", "no-cache");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = GraphPage.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static String webjarVersion() {
    String metadata = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    try (InputStream in = GraphPage.class.getClassLoader().getResourceAsStream(metadata)) {
      if (in == null) {
        throw new ServeException(
            "cytoscape WebJar not on the classpath (no " + metadata + "); /graph needs it");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
