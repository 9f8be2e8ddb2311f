package org.w3id.parley.serve;

import static org.w3id.parley.serve.PageFiles.CSS;
import static org.w3id.parley.serve.PageFiles.HTML;
import static org.w3id.parley.serve.PageFiles.JS;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.w3id.parley.serve.PageFiles.Asset;

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
  private static final String OWN = "org/w3id/parley/serve/graph/";

  /** Path below /graph to the classpath file served there and its content type. */
  private static final Map<String, Asset> FILES =
      Map.of(
          "",
          new Asset(OWN + "index.html", HTML),
          "/",
          new Asset(OWN + "index.html", HTML),
          "/graph.js",
          new Asset(OWN + "graph.js", JS),
          "/graph.css",
          new Asset(OWN + "graph.css", CSS),
          "/lib/cytoscape.min.js",
          new Asset(PageFiles.webjar("cytoscape", "/graph") + "dist/cytoscape.min.js", JS));

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    PageFiles.serve(FILES, "/graph", req, resp);
  }
}
