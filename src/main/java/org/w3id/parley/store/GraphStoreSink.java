package org.w3id.parley.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A store that speaks the SPARQL 1.1 Graph Store Protocol (Fuseki, GraphDB, Virtuoso, Stardog,
 * Neptune, ...): each graph is one {@code PUT ?graph=IRI} that replaces it whole, in N-Triples.
 * With a user, every request carries HTTP Basic credentials (send them over HTTPS to anything but
 * loopback).
 *
 * <pre>{@code
 * try (GraphSink sink = GraphStoreSink.of("http://127.0.0.1:3030/kg", Optional.empty())) {
 *   sink.put(graphIri, model);
 * }
 * }</pre>
 */
public final class GraphStoreSink implements GraphSink {
  /** A user and password for HTTP Basic authentication. */
  public record Credentials(String user, String password) {
    public Credentials {
      if (user.isEmpty() || user.contains(":")) {
        throw new IllegalArgumentException("a user name is not empty and has no ':': " + user);
      }
    }

    @Override
    public String toString() {
      return user + ":***";
    }
  }

  private final String url;
  private final Optional<String> authorization;
  private final HttpClient http;

  private GraphStoreSink(String url, Optional<Credentials> credentials) {
    this.url = url;
    this.authorization =
        credentials.map(
            c ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER) // credentials go nowhere else
            .build();
  }

  /**
   * A sink for the Graph Store Protocol endpoint at {@code url} (for Fuseki, the dataset's URL or
   * its {@code /data} service).
   *
   * @throws StoreException if {@code url} is not an http(s) URL
   */
  public static GraphStoreSink of(String url, Optional<Credentials> credentials) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new StoreException("--sink " + url + ": not a URL: " + e.getMessage(), e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new StoreException(
          "--sink " + url + ": expected an http(s) URL of a Graph Store Protocol endpoint");
    }
    return new GraphStoreSink(url, credentials);
  }

  @Override
  public Optional<String> name() {
    return Optional.of(url);
  }

  @Override
  public void put(String graphIri, Model graph) {
    call("PUT", graphIri, () -> gsp(graphIri).PUT(graph.getGraph()));
  }

  @Override
  public void delete(String graphIri) {
    try {
      call("DELETE", graphIri, () -> gsp(graphIri).DELETE());
    } catch (StoreException e) {
      if (!(e.getCause() instanceof HttpException h && h.getStatusCode() == 404)) {
        throw e; // a graph that is not there is deleted already
      }
    }
  }

  @Override
  public void close() {
    // Java 17's HttpClient has no close: its connections go with it.
  }

  private GSP gsp(String graphIri) {
    GSP gsp = GSP.service(url).httpClient(http).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
    authorization.ifPresent(a -> gsp.httpHeader("Authorization", a));
    return gsp;
  }

  private void call(String method, String graphIri, Runnable request) {
    try {
      request.run();
    } catch (HttpException e) {
      String status =
          e.getStatusCode() > 0
              ? "HTTP "
                  + e.getStatusCode()
                  + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
              : String.valueOf(e.getMessage());
      String hint =
          e.getStatusCode() == 401 || e.getStatusCode() == 403
              ? " (give --sink-user, and the password in PARLEY_SINK_PASSWORD)"
              : "";
      throw new StoreException(
          url + ": " + method + " of graph <" + graphIri + "> failed: " + status + hint, e);
    } catch (RuntimeException e) {
      throw new StoreException(
          url + ": " + method + " of graph <" + graphIri + "> failed: " + e.getMessage(), e);
    }
  }
}
