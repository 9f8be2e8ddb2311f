package org.w3id.parley.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * What the pages' servlets ({@code /graph}, {@code /query}) share: each hands out a fixed set of
 * classpath files, its own and a WebJar's, and every other path is 404, so that no request can
 * reach another classpath file.
 *
 * <pre>{@code
 * Map<String, PageFiles.Asset> files = Map.of("/app.js", new PageFiles.Asset(OWN + "app.js", JS));
 * PageFiles.serve(files, "/graph", req, resp);
 * }</pre>
 */
final class PageFiles {
  static final String HTML = "text/html";
  static final String JS = "text/javascript";
  static final String CSS = "text/css";
  static final String JSON = "application/json";

  private PageFiles() {}

  /** One file a page serves: where it is on the classpath and its media type. */
  record Asset(String resource, String mediaType) {
    Asset {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(mediaType, "mediaType");
    }
  }

  /**
   * Answers a GET below {@code mount} with the file {@code files} maps its path to (the path below
   * the mount: "" for the page itself, "/x.js" for a file), or 404.
   */
  static void serve(
      Map<String, Asset> files, String mount, HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Asset asset = files.get(path);
    byte[] body = asset == null ? null : read(asset.resource());
    if (body == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no file " + mount + path);
      return;
    }
    send(resp, asset.mediaType(), body);
  }

  /** Sends {@code body} as UTF-8 text of the given media type, to be revalidated on each use. */
  static void send(HttpServletResponse resp, String mediaType, byte[] body) throws IOException {
    resp.setContentType(mediaType + "; charset=UTF-8");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    // The pages' files change with each build of Parley; let the browser check every time.
    resp.setHeader("Cache-Control", "no-cache");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  /**
   * Where a WebJar's files are on the classpath, e.g. {@code
   * META-INF/resources/webjars/cytoscape/3.33.1/}: its version is read from its Maven metadata, so
   * that pom.xml alone names it.
   *
   * @throws ServeException if the WebJar is not on the classpath
   */
  static String webjar(String artifactId, String page) {
    String metadata = "META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
    try (InputStream in = PageFiles.class.getClassLoader().getResourceAsStream(metadata)) {
      if (in == null) {
        throw new ServeException(
            artifactId
                + " WebJar not on the classpath (no "
                + metadata
                + "); "
                + page
                + " needs it");
      }
      Properties properties = new Properties();
      properties.load(in);
      return "META-INF/resources/webjars/"
          + artifactId
          + "/"
          + properties.getProperty("version")
          + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = PageFiles.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
