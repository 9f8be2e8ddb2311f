package org.w3id.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the Fuseki UI working at {@code /index.html}, now that {@code /} leads to Parley's query
 * page: the UI puts its page's path before every call it makes ({@code location.pathname}, in
 * jena-fuseki-ui's {@code FusekiService}), so from {@code /index.html} it asks {@code
 * /index.html/$/server} and {@code /index.html/kg/query}. Those are sent on, with a 307 that keeps
 * the method and body, to the paths the UI means ({@code /$/server}, {@code /kg/query}).
 *
 * <p>A redirect, not a forward: the browser asks the real path, so {@link RequestGuard} judges the
 * request as if the UI had asked it directly ({@link Routes} lets through below {@code
 * /index.html/} only what it serves at the path the redirect names).
 */
final class FusekiUiPaths implements Filter {

  /** Path spec, for {@code FusekiServer.Builder.addFilter}: the UI's page and the paths below. */
  static final String PATH_SPEC = "/index.html/*";

  private static final String PAGE = "/index.html";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse reply = (HttpServletResponse) response;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    if (path.equals(PAGE)) {
      chain.doFilter(request, response); // the UI's page itself, from its files
      return;
    }
    String meant = path.substring(PAGE.length());
    // "//host" would leave the server (a protocol-relative URL); the UI never asks that.
    if (!meant.startsWith("/") || meant.startsWith("//") || meant.contains("\\")) {
      reply.sendError(HttpServletResponse.SC_NOT_FOUND, "no page " + path);
      return;
    }
    String query = http.getQueryString() == null ? "" : "?" + http.getQueryString();
    reply.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
    reply.setHeader("Location", http.getContextPath() + meant + query);
  }
}
