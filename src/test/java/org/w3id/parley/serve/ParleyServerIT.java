package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.store.ParleyStore;

/** The embedded server over real HTTP, on an ephemeral loopback port, over a real TDB2 store. */
class ParleyServerIT {
  static final Path CONFIG = Path.of("fuseki-config.ttl");
  static final String LABELS =
      "SELECT ?s ?label { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
  static final String NTRIPLES = "application/n-triples";

  @TempDir static Path dir;
  static Path store;
  static ParleyServer server;

  @BeforeAll
  static void start() {
    store = dir.resolve("tdb2");
    SampleStore.write(store);
    // As `parley serve` does: opening the store builds its full-text index.
    ParleyStore.open(store).close();
    server = ParleyServer.builder().config(CONFIG).store(store).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kg/sparql", "kg/query", "kg"})
  void queryEndpointsAnswerSelectWithJsonResults(String endpoint) throws Exception {
    HttpResponse<String> response = query(endpoint, LABELS);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(contentType(response).startsWith("application/sparql-results+json"));
    assertEquals(Set.of(SampleStore.ALICE, SampleStore.BOB), subjects(response.body()));
  }

  @Test
  void fullTextSearchUsesTheIndexInsideTheServedStore() throws Exception {
    String search =
        "PREFIX text: <http://jena.apache.org/text#>"
            + " SELECT ?s ?g { GRAPH ?g { ?s text:query (<http://www.w3.org/2000/01/rdf-schema#label>"
            + " 'bob') } }";
    HttpResponse<String> response = query("kg/sparql", search);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(Set.of(SampleStore.BOB), subjects(response.body()));
    assertTrue(response.body().contains(SampleStore.ARTICLE_2), response.body());
  }

  @Test
  void unionDefaultGraphSeesTriplesOfBothNamedGraphs() throws Exception {
    HttpResponse<String> response = query("kg/sparql", "SELECT * { ?s ?p ?o }");

    ResultSet results = parse(response.body());
    int rows = 0;
    for (; results.hasNext(); results.next()) {
      rows++;
    }
    assertEquals(SampleStore.TRIPLES, rows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kg/get", "kg"})
  void graphStoreReadsTheDefaultGraph(String endpoint) throws Exception {
    // GSP's default graph is the stored one, empty here since every triple is in an article graph.
    HttpResponse<String> response = send(get(endpoint + "?default").header("Accept", NTRIPLES));

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(contentType(response).startsWith(NTRIPLES), contentType(response));
  }

  @Test
  void graphStoreReadsOneNamedGraph() throws Exception {
    Model graph = readGraph("kg/get?graph=" + SampleStore.ARTICLE_1);

    assertEquals(2, graph.size());
    assertTrue(graph.containsResource(ResourceFactory.createResource(SampleStore.ALICE)));
  }

  @Test
  void graphStoreReadsTheUnionOfAllGraphs() throws Exception {
    Model graph = readGraph("kg/get?graph=urn:x-arq:UnionGraph");

    assertEquals(SampleStore.TRIPLES, graph.size());
  }

  @Test
  void sparqlUpdateIsRefusedOnEveryEndpoint() throws Exception {
    String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
    for (String endpoint : new String[] {"kg/sparql", "kg/query", "kg", "kg/update"}) {
      HttpResponse<String> response = send(post(endpoint, "application/sparql-update", update));

      assertClientError(response, "POST update to " + endpoint);
    }
    assertEquals(SampleStore.TRIPLES, count());
  }

  @Test
  void graphStoreWritesAndUploadsAreRefused() throws Exception {
    String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
    assertAll(
        () -> assertClientError(send(put("kg/get?default", turtle)), "PUT kg/get"),
        () -> assertClientError(send(put("kg?default", turtle)), "PUT kg"),
        () -> assertClientError(send(post("kg?default", "text/turtle", turtle)), "POST kg"),
        () -> assertClientError(send(post("kg/upload", "text/turtle", turtle)), "POST kg/upload"),
        () -> assertClientError(send(get("kg/get?default").DELETE()), "DELETE kg/get"));
    assertEquals(SampleStore.TRIPLES, count());
  }

  @Test
  void rootLeadsToTheQueryPageAndTheFusekiUiStaysAtIndexHtml() throws Exception {
    HttpResponse<String> root = send(get(""));
    assertEquals(302, root.statusCode());
    assertEquals(
        server.baseUri().resolve("query"),
        server.baseUri().resolve(root.headers().firstValue("Location").orElse("")));

    HttpResponse<String> response = send(get("index.html"));

    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("text/html"), contentType(response));
    assertTrue(response.body().contains("Apache Jena Fuseki UI"), response.body());
  }

  @Test
  void callsTheFusekiUiMakesFromIndexHtmlGoToTheServerPathsTheyMean() throws Exception {
    // The UI puts its page's path first: /index.html/$/server, /index.html/kg/query?query=...
    for (String path : new String[] {"$/server", "kg/query?query=ASK%7B%7D"}) {
      HttpResponse<String> response = send(get("index.html/" + path));
      assertEquals(307, response.statusCode(), path);
      assertEquals("/" + path, response.headers().firstValue("Location").orElse(""));
    }
    // A 307 keeps the method, and the read-only admin filter still judges where it leads.
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest addDataset =
        post("index.html/$/datasets", "application/x-www-form-urlencoded", "dbName=x").build();
    assertEquals(405, following.send(addDataset, BodyHandlers.ofString()).statusCode());
    // Never to another host ("//host/..." would be one).
    String away =
        send(get("index.html//example.org/x")).headers().firstValue("Location").orElse("");
    assertFalse(away.startsWith("//"), away);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$/ping", "$/server", "$/datasets", "$/datasets/kg", "$/stats", "$/stats/kg"})
  void adminCallsTheUiMakesAnswer(String path) throws Exception {
    HttpResponse<String> response = send(get(path));

    assertEquals(200, response.statusCode(), path + ": " + response.body());
  }

  @Test
  void datasetListingNamesTheKgService() throws Exception {
    String body = send(get("$/datasets")).body();

    assertTrue(body.contains("\"/kg\""), body);
  }

  @Test
  void adminCallsThatChangeTheServerAreRefused() throws Exception {
    HttpRequest.Builder addDataset =
        post("$/datasets", "application/x-www-form-urlencoded", "dbName=extra&dbType=mem");
    assertAll(
        () -> assertEquals(405, send(addDataset).statusCode(), "POST $/datasets"),
        () -> assertEquals(405, send(get("$/datasets/kg").DELETE()).statusCode(), "DELETE"),
        () -> assertClientError(send(post("$/compact/kg", "text/plain", "")), "compact"),
        () -> assertClientError(send(post("$/backup/kg", "text/plain", "")), "backup"));
    assertFalse(send(get("$/datasets")).body().contains("extra"));
  }

  @Test
  void serverListensOnLoopbackOnly() throws IOException {
    assertEquals("127.0.0.1", server.baseUri().getHost());
    assertEquals(1, server.boundAddresses().size());
    assertTrue(server.boundAddresses().get(0).getAddress().isLoopbackAddress());
    assertNotEquals(0, server.port());
    assertEquals(server.port(), server.baseUri().getPort());
    for (Connector connector : server.fuseki().getJettyServer().getConnectors()) {
      ServerConnector serverConnector = (ServerConnector) connector;
      assertEquals("127.0.0.1", serverConnector.getHost());
      ServerSocketChannel channel = (ServerSocketChannel) serverConnector.getTransport();
      InetSocketAddress bound = (InetSocketAddress) channel.getLocalAddress();
      assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
    }
  }

  @Test
  void configServerSectionSetsTheQueryTimeout() {
    assertEquals("60000", Fuseki.getContext().getAsString(ARQ.queryTimeout));
  }

  @Test
  void closeDeletesTheTemporaryFusekiWorkFolder() {
    // Its own store: the running server holds the full-text index of the shared one.
    Path otherStore = dir.resolve("other");
    SampleStore.write(otherStore);
    ParleyServer other =
        ParleyServer.builder().config(CONFIG).store(otherStore).port(0).build().start();
    Path base = other.fusekiBase();
    assertTrue(Files.isDirectory(base));

    other.close();

    assertFalse(Files.exists(base), base.toString());
    // ... and releases the store, which Parley can open again in this JVM.
    ParleyStore.open(otherStore).close();
  }

  // ---- HTTP helpers

  private static HttpResponse<String> query(String endpoint, String sparql) throws Exception {
    String url = endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    return send(get(url).header("Accept", "application/sparql-results+json"));
  }

  private static Model readGraph(String url) throws Exception {
    HttpResponse<String> response = send(get(url).header("Accept", NTRIPLES));
    assertEquals(200, response.statusCode(), url + ": " + response.body());
    Model graph = ModelFactory.createDefaultModel();
    RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(graph);
    return graph;
  }

  private static int count() throws Exception {
    HttpResponse<String> response = query("kg/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    return parse(response.body()).next().getLiteral("n").getInt();
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(server.baseUri().resolve(path));
  }

  private static HttpRequest.Builder post(String path, String contentType, String body) {
    return get(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder put(String path, String turtle) {
    return get(path).header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle));
  }

  // A new client, so a new connection, per request: a connection that Jetty closes after refusing
  // a request body could otherwise be reused by the next request and fail it.
  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static void assertClientError(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    assertTrue(
        status >= 400 && status < 500, what + " answered " + status + ": " + response.body());
  }

  private static ResultSet parse(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return ResultSetMgr.read(new ByteArrayInputStream(bytes), ResultSetLang.RS_JSON);
  }

  private static Set<String> subjects(String json) {
    Set<String> subjects = new HashSet<>();
    parse(json).forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
    return subjects;
  }
}
