package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.RawHttp;

/**
 * SERVICE on the served endpoint: refused by default, so that no client can make the server open a
 * connection anywhere; allowed per URL prefix, with a row cap, timeouts and no redirects. The
 * remote endpoints are local stand-ins: a bare listener that must never be contacted, and a small
 * HTTP server speaking the SPARQL protocol.
 */
class ServiceGateIT {
  @TempDir Path dir;

  private ServerSocket listener;
  private HttpServer remote;
  private final List<String> remoteQueries = new CopyOnWriteArrayList<>();
  private ParleyServer server;

  @BeforeEach
  void startRemotes() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    remote.createContext("/sparql", exchange -> answer(exchange, 3));
    remote.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", listenerUrl());
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    remote.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    remote.stop(0);
    listener.close();
  }

  @Test
  void serviceIsRefusedByDefaultAndTheListenerNeverContacted() throws Exception {
    start(ServicePolicy.NONE);

    RawHttp.Reply plain = query("SELECT * { SERVICE <" + listenerUrl() + "> { ?s ?p ?o } }");
    RawHttp.Reply silent =
        query("SELECT * { SERVICE SILENT <" + listenerUrl() + "> { ?s ?p ?o } }");
    RawHttp.Reply remoteToo = query("SELECT * { SERVICE <" + remoteUrl() + "> { ?s ?p ?o } }");

    assertEquals(422, plain.status(), plain.toString());
    assertTrue(plain.body().contains("--allow-service"), plain.body());
    assertEquals(422, silent.status(), silent.toString());
    assertEquals(422, remoteToo.status(), remoteToo.toString());
    assertNeverContacted();
    assertTrue(remoteQueries.isEmpty(), remoteQueries.toString());
  }

  @Test
  void anAllowedServiceIsCalledWithALimitOneAboveTheCap() throws Exception {
    start(ServicePolicy.NONE.allowing(remoteUrl()).withMaxRows(10));

    RawHttp.Reply reply = query("SELECT ?x { SERVICE <" + remoteUrl() + "> { ?x ?p ?o } }");

    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.body().contains("urn:x:3"), reply.body());
    assertEquals(1, remoteQueries.size(), remoteQueries.toString());
    assertTrue(remoteQueries.get(0).matches("(?s).*LIMIT\\s+11\\s*"), remoteQueries.get(0));
  }

  @Test
  void anAnswerOverTheRowCapFailsTheQuery() throws Exception {
    start(ServicePolicy.NONE.allowing(remoteUrl()).withMaxRows(2));

    RawHttp.Reply reply = query("SELECT ?x { SERVICE <" + remoteUrl() + "> { ?x ?p ?o } }");

    assertEquals(422, reply.status(), reply.toString());
    assertTrue(reply.body().contains("more than 2 rows"), reply.body());
  }

  @Test
  void urlsBeyondThePrefixStayRefused() throws Exception {
    start(ServicePolicy.NONE.allowing(remoteUrl()));

    RawHttp.Reply longer = query("SELECT * { SERVICE <" + remoteUrl() + "x> { ?s ?p ?o } }");
    RawHttp.Reply elsewhere = query("SELECT * { SERVICE <" + listenerUrl() + "> { ?s ?p ?o } }");

    assertEquals(422, longer.status(), longer.toString());
    assertEquals(422, elsewhere.status(), elsewhere.toString());
    assertNeverContacted();
    assertTrue(remoteQueries.isEmpty(), remoteQueries.toString());
  }

  @Test
  void anAllowedServiceCannotRedirectTheCallElsewhere() throws Exception {
    String moved = "http://127.0.0.1:" + remote.getAddress().getPort() + "/moved";
    start(ServicePolicy.NONE.allowing(moved));

    RawHttp.Reply reply = query("SELECT * { SERVICE <" + moved + "> { ?s ?p ?o } }");

    assertNotEquals(200, reply.status(), reply.toString());
    assertNeverContacted();
  }

  @Test
  void aRemoteThatNeverAnswersFailsTheQueryAfterTheReadTimeout() throws Exception {
    // The listener accepts the connection (the backlog does) but never answers.
    start(
        ServicePolicy.NONE
            .allowing(listenerUrl())
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));

    RawHttp.Reply reply = query("SELECT * { SERVICE <" + listenerUrl() + "> { ?s ?p ?o } }");

    assertFalse(reply.status() == 200, reply.toString());
    // The JDK's client reports its own read timeout as "timed out", or, when the timeout fires
    // while
    // a busy machine is still reading, as "connection closed locally": either way it gave up, since
    // the listener never answers and only the timeout ends the wait.
    String body = reply.body().toLowerCase();
    assertTrue(body.contains("timed out") || body.contains("closed locally"), reply.toString());
    assertTrue(body.contains("300 ms for an answer"), reply.toString());
  }

  // ---- helpers

  private void start(ServicePolicy services) {
    server = SampleStore.serve(dir.resolve("tdb2"), builder -> builder.services(services));
  }

  private RawHttp.Reply query(String sparql) {
    int port = server.port();
    String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    return RawHttp.send(
        port,
        "POST /kg/sparql",
        RawHttp.host(port)
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: text/csv",
        form);
  }

  private String listenerUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
  }

  private String remoteUrl() {
    return "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
  }

  private void assertNeverContacted() throws IOException {
    assertNeverContacted(listener);
  }

  /** Fails if anyone connected to {@code listener}: it would be waiting in its backlog by now. */
  static void assertNeverContacted(ServerSocket listener) throws IOException {
    listener.setSoTimeout(200);
    try {
      listener.accept().close();
      throw new AssertionError("the server opened a connection to port " + listener.getLocalPort());
    } catch (SocketTimeoutException expected) {
      // nobody came
    }
  }

  // A SPARQL JSON answer of `rows` rows (?x urn:x:1 ...), whatever the query; records the query.
  private void answer(com.sun.net.httpserver.HttpExchange exchange, int rows) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String raw = query == null ? body : query;
      remoteQueries.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
    }
    String bindings =
        IntStream.rangeClosed(1, rows)
            .mapToObj(i -> "{\"x\":{\"type\":\"uri\",\"value\":\"urn:x:" + i + "\"}}")
            .collect(Collectors.joining(","));
    byte[] json =
        ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[" + bindings + "]}}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
    exchange.sendResponseHeaders(200, json.length);
    exchange.getResponseBody().write(json);
    exchange.close();
  }
}
