package org.w3id.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * The first Jetty handler every request meets, ahead of the servlet context and so of Fuseki's
 * filters and servlets. In order, it refuses:
 *
 * <ol>
 *   <li>a path that Jetty would normalise before routing (dot or empty segments, {@code ;}, {@code
 *       \}, encoded separators or dots): 400, judged on the raw request URI;
 *   <li>a {@code Host} header that is not one of {@link AllowedHosts} with this server's port: 403
 *       (DNS rebinding);
 *   <li>a path that {@link Routes} does not serve: 404, or 405 with {@code Allow} for a method it
 *       does not serve there;
 *   <li>a request a page of another site makes, but for a link followed ({@code Origin}, {@code
 *       Sec-Fetch-Site}, {@code Sec-Fetch-Mode}): 403.
 * </ol>
 *
 * <p>This replaces Fuseki's own checks as the server's boundary: the admin writes, SPARQL Update
 * and Graph Store writes are refused here even though Fuseki would refuse most of them too.
 */
final class RequestGuard extends Handler.Wrapper {
  private final Routes routes;
  private final AllowedHosts hosts;

  RequestGuard(Routes routes, AllowedHosts hosts, Handler next) {
    super(next);
    this.routes = routes;
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpURI uri = request.getHttpURI();
    Optional<String> ambiguity =
        uri.hasViolations()
            ? Optional.of("is ambiguous (" + uri.getViolations() + ")")
            : Routes.ambiguity(uri.getPath());
    if (ambiguity.isPresent()) {
      return refuse(request, response, callback, HttpStatus.BAD_REQUEST_400, ambiguity.get());
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (!hosts.allows(host, Request.getLocalPort(request))) {
      return refuse(
          request,
          response,
          callback,
          HttpStatus.FORBIDDEN_403,
          "names Host '"
              + host
              + "', which this server does not answer to; allowed: "
              + new TreeSet<>(hosts.names())
              + " with port "
              + Request.getLocalPort(request)
              + " (parley serve --allowed-host NAME adds one)");
    }
    String method = request.getMethod();
    Set<String> methods = routes.methods(Request.getPathInContext(request));
    if (methods.isEmpty()) {
      return refuse(request, response, callback, HttpStatus.NOT_FOUND_404, "is not served here");
    }
    if (!methods.contains(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", new TreeSet<>(methods)));
      return refuse(
          request,
          response,
          callback,
          HttpStatus.METHOD_NOT_ALLOWED_405,
          "is read-only: " + method + " is refused, " + new TreeSet<>(methods) + " is served");
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
    if (AllowedHosts.crossSite(
        method, host, origin, fetchSite, request.getHeaders().get("Sec-Fetch-Mode"))) {
      return refuse(
          request,
          response,
          callback,
          HttpStatus.FORBIDDEN_403,
          "comes from a page of another site (Origin "
              + origin
              + ", Sec-Fetch-Site "
              + fetchSite
              + "); only links to this server are followed from other sites");
    }
    return super.handle(request, response, callback);
  }

  /**
   * Puts the guard, then {@code limits}' handlers, in front of everything {@code fuseki} serves;
   * call after it is built and before it starts.
   */
  static void install(FusekiServer fuseki, AllowedHosts hosts, ServerLimits limits) {
    Server jetty = fuseki.getJettyServer();
    DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
    List<String> queryPaths = new ArrayList<>(List.of("/id/*"));
    registry
        .accessPoints()
        .forEach(dap -> queryPaths.addAll(List.of(dap.getName(), dap.getName() + "/*")));
    Handler limited = limits.wrap(jetty.getHandler(), queryPaths);
    jetty.setHandler(new RequestGuard(Routes.of(registry), hosts, limited));
  }

  // Plain text whatever the method: Jetty's error pages leave out the body of a DELETE or PUT.
  private static boolean refuse(
      Request request, Response response, Callback callback, int status, String why) {
    String target = request.getMethod() + " " + request.getHttpURI().getPath();
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff"); // it repeats the request
    Content.Sink.write(response, true, target + " " + why + "\n", callback);
    return true;
  }
}
