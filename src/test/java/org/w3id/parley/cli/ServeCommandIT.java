package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.RawHttp;
import org.w3id.parley.ServerProcess;
import org.w3id.parley.TestStores;

/**
 * {@code parley up} and {@code parley serve} as a user runs them: the CLI in its own JVM, serving
 * until stopped, asked over HTTP what the README says they serve.
 */
class ServeCommandIT {
  private static final String MAIN = "org.w3id.parley.cli.Main";
  private static final String CSV = "text/csv";
  private static final String SEARCH_QUOTES =
      "PREFIX text: <http://jena.apache.org/text#>"
          + " PREFIX parley: <https://w3id.org/parley/ontology#>"
          + " SELECT ?s { ?s text:query (parley:quote '%s') }";

  @TempDir Path dir;

  private ServerProcess parley(int port, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(
        List.of(
            "--config",
            Path.of("fuseki-config.ttl").toAbsolutePath().toString(),
            "--store",
            dir.resolve("tdb2").toString(),
            "--port",
            Integer.toString(port)));
    return ServerProcess.start(
        dir, List.of("-Xmx3g"), Map.of(), MAIN, command.toArray(String[]::new));
  }

  @Test
  void upIngestsTheArticlesThenServesSparqlTheGraphPageAndTheTextIndex() throws Exception {
    int port = ServerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    String seed = TestStores.seedArticle().toAbsolutePath().toString();
    try (ServerProcess up = parley(port, "up", seed)) {
      up.awaitUp(base.resolve("$/ping"));
      assertTrue(up.log().contains("1 added"), up.log());
      assertTrue(up.log().contains("network view at " + base + "graph"), up.log());
      assertEquals(200, up.get(base.resolve("graph"), "text/html").statusCode());
      HttpResponse<String> found =
          up.get(
              ServerProcess.sparql(
                  base, SEARCH_QUOTES.formatted("\"military-technical cooperation\"")),
              CSV);
      assertEquals(200, found.statusCode(), found.body());
      assertTrue(found.body().contains("/statement/000_dd508a3738293a43/"), found.body());
    }
  }

  @Test
  void serveBuildsTheTextIndexOfAStoreWrittenWithoutOne() throws Exception {
    // A store as an older Parley wrote it: the quads, and no text-index folder.
    String statement = "https://w3id.org/parley/id/statement/old/1";
    TestStores.writeWithoutTextIndex(
        dir.resolve("tdb2"),
        Quad.create(
            NodeFactory.createURI("https://w3id.org/parley/id/article/old"),
            NodeFactory.createURI(statement),
            NodeFactory.createURI("https://w3id.org/parley/ontology#quote"),
            NodeFactory.createLiteralString("written before the index existed")));

    int port = ServerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try (ServerProcess serve = parley(port, "serve")) {
      serve.awaitUp(base.resolve("$/ping"));
      HttpResponse<String> found =
          serve.get(ServerProcess.sparql(base, SEARCH_QUOTES.formatted("index")), CSV);
      assertEquals(200, found.statusCode(), found.body());
      assertTrue(found.body().contains(statement), found.body() + "\n" + serve.log());
    }
  }

  @Test
  void bindAllWarnsThatTheStoreIsReachableAndSaysWhereItListens() throws Exception {
    writeOneQuad();
    int port = ServerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try (ServerProcess serve =
        parley(port, "serve", "--bind-all", "--allowed-host", "analyst-box.example")) {
      serve.awaitUp(base.resolve("$/ping"));

      String log = serve.log();
      assertTrue(log.contains("every network interface"), log);
      assertTrue(
          Pattern.compile("Listening on (0\\.0\\.0\\.0|\\[::\\]):" + port).matcher(log).find(),
          log);
      assertEquals(
          200, RawHttp.send(port, "GET /$/ping", "Host: analyst-box.example:" + port).status());
      assertEquals(
          403, RawHttp.send(port, "GET /$/ping", "Host: attacker.example:" + port).status());
    }
  }

  @Test
  void serveOnLoopbackSaysSoWithoutAWarning() throws Exception {
    writeOneQuad();
    int port = ServerProcess.freePort();
    try (ServerProcess serve = parley(port, "serve")) {
      serve.awaitUp(URI.create("http://127.0.0.1:" + port + "/$/ping"));

      assertTrue(serve.log().contains("Listening on 127.0.0.1:" + port + " - "), serve.log());
      assertFalse(serve.log().contains("every network interface"), serve.log());
    }
  }

  @Test
  void bindAllWithoutAnAllowedHostIsAUsageErrorThatSaysWhatToAdd() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"serve", "--bind-all", "--store", dir.resolve("tdb2").toString()},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertEquals(Main.REJECTED, code, err.toString());
    assertTrue(err.toString().contains("--bind-all needs --allowed-host NAME"), err.toString());
  }

  private void writeOneQuad() {
    TestStores.writeWithoutTextIndex(
        dir.resolve("tdb2"),
        Quad.create(
            NodeFactory.createURI("https://w3id.org/parley/id/article/a"),
            NodeFactory.createURI("https://w3id.org/parley/id/person/a"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createLiteralString("A")));
  }
}
