package org.w3id.parley.serve;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * The exact (method, path) pairs the server answers, judged on the decoded path Jetty routes on:
 * the read operations of each configured dataset (SPARQL query, read-only Graph Store), Parley's
 * pages, the Fuseki UI's files and the read-only admin calls that UI makes, also as the UI asks
 * them from its page (below {@code /index.html/}, see {@link FusekiUiPaths}). Anything else never
 * reaches Fuseki, whatever the configuration file enables.
 *
 * <pre>{@code
 * Routes routes = Routes.of(fuseki.getDataAccessPointRegistry());
 * routes.methods("/kg/sparql");   // [GET, POST]
 * routes.methods("/$/compact/kg"); // []: not served
 * routes.methods("/index.html/kg/sparql"); // [GET, POST]: FusekiUiPaths sends it to /kg/sparql
 * }</pre>
 */
final class Routes {
  private static final Set<String> READ = Set.of("GET", "HEAD");
  private static final Set<String> QUERY = Set.of("GET", "POST");

  /** Parley's pages, the Fuseki UI and the admin calls it reads, each with one path. */
  private static final Set<String> PAGES =
      Set.of(
          "/",
          "/index.html",
          "/favicon.ico",
          "/graph",
          "/query",
          "/$/ping",
          "/$/server",
          "/$/datasets",
          "/$/stats",
          "/$/tasks");

  /** The same, for folders whose every path is served (by a servlet that 404s the rest). */
  private static final Set<String> FOLDERS =
      Set.of("/static/", "/graph/", "/query/", "/id/", "/$/datasets/", "/$/stats/", "/$/tasks/");

  /**
   * The Fuseki UI's page, below which the UI asks every call it makes; {@link FusekiUiPaths}
   * redirects {@code /index.html/P} to {@code /P}, which meets the guard again.
   */
  private static final String UI_PAGE = "/index.html";

  private final Map<String, Set<String>> exact;

  private Routes(Map<String, Set<String>> exact) {
    this.exact = exact;
  }

  /**
   * The routes of a server whose datasets are in {@code registry}: for each dataset, its query
   * endpoints (GET, POST) and read-only Graph Store endpoints (GET, HEAD). Other operations a
   * configuration may declare (update, upload, read-write Graph Store) get no route.
   */
  static Routes of(DataAccessPointRegistry registry) {
    Map<String, Set<String>> exact = new TreeMap<>();
    PAGES.forEach(path -> exact.put(path, READ));
    for (DataAccessPoint dap : registry.accessPoints()) {
      for (Endpoint endpoint : dap.getDataService().getEndpoints()) {
        Set<String> methods = methodsOf(endpoint.getOperation());
        if (methods.isEmpty()) {
          continue;
        }
        if (endpoint.isUnnamed()) { // the dataset itself, which the Fuseki UI names "/kg/"
          exact.merge(dap.getName(), methods, Routes::union);
          exact.merge(dap.getName() + "/", methods, Routes::union);
        } else {
          exact.merge(dap.getName() + "/" + endpoint.getName(), methods, Routes::union);
        }
      }
    }
    return new Routes(exact);
  }

  /** The methods served on {@code path} (decoded, as routed); empty when it is not served. */
  Set<String> methods(String path) {
    Set<String> methods = exact.get(path);
    if (methods != null) {
      return methods;
    }
    if (path.startsWith(UI_PAGE + "/")) {
      // What the redirect's target is served with: a path or method it would refuse is refused
      // here already, and what it serves is redirected (the UI's POST of a query, say).
      return methods(path.substring(UI_PAGE.length()));
    }
    for (String folder : FOLDERS) {
      if (path.startsWith(folder)) {
        return READ;
      }
    }
    return Set.of();
  }

  /**
   * Why the raw (still percent-encoded) request path could be read two ways, if it could: a dot
   * segment, an empty segment, a path parameter, a backslash, or an encoded separator, dot, percent
   * sign or control character. Jetty would normalise such a path before routing it, so a check of
   * the raw path and the route could disagree (the {@code /$/validate/../datasets} hole).
   */
  static Optional<String> ambiguity(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.of("does not start with /");
    }
    if (rawPath.indexOf(';') >= 0 || rawPath.indexOf('\\') >= 0) {
      return Optional.of("has a path parameter (;) or a backslash");
    }
    String[] segments = rawPath.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() && i < segments.length - 1) {
        return Optional.of("has an empty segment (//)");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("has a dot segment ('" + segment + "')");
      }
      if (!harmlessEscapes(segment)) {
        return Optional.of("has a malformed or ambiguous percent-encoding in '" + segment + "'");
      }
    }
    return Optional.empty();
  }

  // False if a %XX escape is malformed or stands for a character that changes how the path splits
  // or decodes: / \ ; . % or a control character. Others (non-ASCII, space, ...) are harmless.
  private static boolean harmlessEscapes(String segment) {
    for (int i = segment.indexOf('%'); i >= 0; i = segment.indexOf('%', i + 1)) {
      if (i + 2 >= segment.length()) {
        return false;
      }
      int high = Character.digit(segment.charAt(i + 1), 16);
      int low = Character.digit(segment.charAt(i + 2), 16);
      int value = high * 16 + low;
      if (high < 0 || low < 0 || value < 0x20 || value == 0x7f || "/\\;.%".indexOf(value) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> methodsOf(Operation operation) {
    if (operation.equals(Operation.Query)) {
      return QUERY;
    }
    return operation.equals(Operation.GSP_R) ? READ : Set.of();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> both = new LinkedHashSet<>(a);
    both.addAll(b);
    return Set.copyOf(both);
  }

  @Override
  public String toString() {
    return exact + " and below " + FOLDERS;
  }
}
