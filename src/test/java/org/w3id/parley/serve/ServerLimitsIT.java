package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.RawHttp;

/**
 * What one client can make the server hold: a slot among the concurrent queries, a request body,
 * the rows of a page. A query is held busy deterministically by a SERVICE call to a local listener
 * that accepts and does not answer until the test lets it go.
 */
class ServerLimitsIT {
  private static final String ASK = "ASK {}";
  private static final String PARLEY = "https://w3id.org/parley/ontology#";
  private static final String ID = "https://w3id.org/parley/id/";

  @TempDir Path dir;
  private ParleyServer server;
  private ServerSocket listener;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (listener != null) {
      listener.close();
    }
  }

  @Test
  void aQueryBeyondTheCapGets503AndTheNextOneAfterRuns() throws Exception {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    start(ServerLimits.DEFAULT.withMaxConcurrentQueries(1).withQueue(0, Duration.ofSeconds(1)));

    CompletableFuture<RawHttp.Reply> busy = CompletableFuture.supplyAsync(() -> query(held()));
    Socket held = listener.accept(); // the first query now holds the only slot
    try {
      RawHttp.Reply refused = query(ASK);

      assertEquals(503, refused.status(), refused.toString());
    } finally {
      release(held);
    }
    busy.get(60, TimeUnit.SECONDS); // the listener hung up: the first query ends, with an error
    // Jetty frees the slot once the first response is complete, a moment after the client has it.
    RawHttp.Reply after = query(ASK);
    for (int tries = 0; after.status() == 503 && tries < 600; tries++) {
      Thread.sleep(50);
      after = query(ASK);
    }
    assertEquals(200, after.status(), after.toString());
  }

  @Test
  void aQueryBeyondTheCapWaitsInTheQueueForAFreeSlot() throws Exception {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    start(ServerLimits.DEFAULT.withMaxConcurrentQueries(1).withQueue(4, Duration.ofSeconds(60)));

    CompletableFuture<RawHttp.Reply> busy = CompletableFuture.supplyAsync(() -> query(held()));
    CompletableFuture<RawHttp.Reply> waiting;
    Socket held = listener.accept();
    try {
      waiting = CompletableFuture.supplyAsync(() -> query(ASK));
      QoSHandler queue = server.fuseki().getJettyServer().getDescendant(QoSHandler.class);
      while (queue.getSuspendedRequestCount() == 0) {
        Thread.sleep(20); // until Jetty has put the second query in the queue
      }
      assertFalse(waiting.isDone());
    } finally {
      release(held);
    }
    busy.get(60, TimeUnit.SECONDS);
    RawHttp.Reply served = waiting.get(60, TimeUnit.SECONDS);
    assertEquals(200, served.status(), served.toString());
  }

  @Test
  void aRunawayRegexStopsAtTheQueryTimeoutAndFreesItsSlot() throws Exception {
    start(ServerLimits.DEFAULT.withMaxConcurrentQueries(1).withQueue(0, Duration.ofSeconds(1)));
    // Polynomial backtracking, 300^12 steps: one java.util.regex call that would run for hours.
    String runaway =
        "SELECT * { VALUES ?t { '" + "a".repeat(300) + "' } FILTER(REGEX(?t, '(.*a){12}x')) }";

    RawHttp.Reply cut =
        RawHttp.send(
            port(),
            "GET /kg/sparql?timeout=1&query=" + URLEncoder.encode(runaway, StandardCharsets.UTF_8),
            RawHttp.host(port()));

    assertEquals(503, cut.status(), cut.toString());
    assertTrue(cut.body().contains("timed out"), cut.body());
    RawHttp.Reply after = query(ASK);
    for (int tries = 0; after.status() == 503 && tries < 600; tries++) {
      Thread.sleep(50); // the slot is freed once the cut query's response is complete
      after = query(ASK);
    }
    assertEquals(200, after.status(), after.toString());
  }

  @Test
  void regexStillMatchesAsSparqlSays() throws Exception {
    start(ServerLimits.DEFAULT);
    String select =
        "SELECT ?s { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(REGEX(?l, '^ALI', 'i')) }";

    RawHttp.Reply reply =
        RawHttp.send(
            port(),
            "GET /kg/sparql?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8),
            RawHttp.host(port()) + "\r\nAccept: text/csv");

    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.body().contains(SampleStore.ALICE), reply.body());
    assertFalse(reply.body().contains(SampleStore.BOB), reply.body());
  }

  @Test
  void aBodyOverTheCapGets413() throws Exception {
    start(ServerLimits.DEFAULT.withMaxRequestBytes(1_000));
    String small = "ASK {} # " + "x".repeat(500);
    String large = "ASK {} # " + "x".repeat(2_000);
    String type = "\r\nContent-Type: application/sparql-query";

    RawHttp.Reply fits =
        RawHttp.send(port(), "POST /kg/sparql", RawHttp.host(port()) + type, small);
    RawHttp.Reply over =
        RawHttp.send(port(), "POST /kg/sparql", RawHttp.host(port()) + type, large);

    assertEquals(200, fits.status(), fits.toString());
    assertEquals(413, over.status(), over.toString());
  }

  @Test
  void aResourcePageStopsAtTheRowCapAndSaysSo() throws Exception {
    writeSpeakerWithStatements(dir.resolve("tdb2"), 3);
    start(ServerLimits.DEFAULT.withMaxPageRows(2));

    RawHttp.Reply page =
        RawHttp.send(
            port(), "GET /id/person/speaker", RawHttp.host(port()) + "\r\nAccept: text/html");

    assertEquals(200, page.status(), page.toString());
    assertEquals(2, page.body().split("<blockquote>").length - 1, page.body());
    assertTrue(page.body().contains("The first 2 only"), page.body());
  }

  // ---- helpers

  private void start(ServerLimits limits) {
    ServicePolicy services =
        listener == null
            ? ServicePolicy.NONE
            : ServicePolicy.NONE
                .allowing("http://127.0.0.1:" + listener.getLocalPort() + "/")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60));
    server =
        SampleStore.serve(
            dir.resolve("tdb2"), builder -> builder.services(services).limits(limits));
  }

  private int port() {
    return server.port();
  }

  // Hangs up on the held query, and closes the listener so that the HTTP client's retry fails too.
  private void release(Socket held) throws IOException {
    held.close();
    listener.close();
  }

  // A query that waits on the listener until the test closes the connection.
  private String held() {
    return "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/x> { ?s ?p ?o } }";
  }

  private RawHttp.Reply query(String sparql) {
    String target = "GET /kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    return RawHttp.send(port(), target, RawHttp.host(port()));
  }

  // A person who said `n` things, each with its evidence sentence in an article, as ingest writes.
  private static void writeSpeakerWithStatements(Path store, int n) {
    Dataset dataset = TDB2Factory.connectDataset(store.toString());
    Node graph = NodeFactory.createURI(ID + "article/a");
    Node speaker = NodeFactory.createURI(ID + "person/speaker");
    Txn.executeWrite(
        dataset,
        () -> {
          add(dataset, graph, speaker, RDFS.label.asNode(), literal("Speaker"));
          for (int i = 1; i <= n; i++) {
            Node statement = NodeFactory.createURI(ID + "statement/a/" + i);
            Node mention = NodeFactory.createURI(ID + "mention/a/" + i);
            add(dataset, graph, statement, RDF.type.asNode(), uri(PARLEY + "Statement"));
            add(dataset, graph, statement, uri(PARLEY + "speaker"), speaker);
            add(dataset, graph, statement, uri(PARLEY + "quote"), literal("quote " + i));
            add(dataset, graph, statement, uri(PARLEY + "evidence"), mention);
            add(dataset, graph, mention, uri(PARLEY + "sentence"), literal("Sentence " + i + "."));
            add(dataset, graph, mention, uri(PARLEY + "article"), graph);
          }
        });
    SampleStore.release(store);
  }

  private static void add(Dataset dataset, Node g, Node s, Node p, Node o) {
    dataset.asDatasetGraph().add(Quad.create(g, s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }
}
