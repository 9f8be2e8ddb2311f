package org.w3id.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Lets the Fuseki UI read the admin API ({@code /$/ping}, {@code /$/server}, {@code /$/datasets},
 * {@code /$/stats}, ...) but refuses every admin call that would change the server: adding or
 * deleting datasets, backups, compaction. Without it, {@code POST /$/datasets} would create a new,
 * writable dataset next to the read-only "kg".
 *
 * <p>The query, update and data validators ({@code /$/validate/*}) only parse what they are sent,
 * so their POSTs pass.
 */
final class ReadOnlyAdminFilter implements Filter {

  /** Path spec, for {@code FusekiServer.Builder.addFilter}, of the requests this filter sees. */
  static final String PATH_SPEC = "/$/*";

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ALLOW = "GET, HEAD, OPTIONS";
  private static final String VALIDATORS = "/$/validate/";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    if (READ_METHODS.contains(http.getMethod()) || path.startsWith(VALIDATORS)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse reply = (HttpServletResponse) response;
    reply.setHeader("Allow", ALLOW);
    reply.sendError(
        HttpServletResponse.SC_METHOD_NOT_ALLOWED,
        "This server is read-only: " + http.getMethod() + " " + path + " is refused");
  }
}
