package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    if (args[0].equals("up") || command.contains("--watch")) {
      command.addAll(List.of("--cache-dir", TestStores.cacheDir().toString()));
    }
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
      HttpResponse<String> link =
          up.get(
              ServerProcess.sparql(
                  base,
                  "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?w {"
                      + " <https://w3id.org/parley/id/person/sergey-lavrov> parley:wikipedia ?w }"),
              CSV);
      assertTrue(
          link.body().contains("https://en.wikipedia.org/wiki/Sergey_Lavrov"),
          "up links persons to Wikipedia: " + link.body() + "\n" + up.log());
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

  private static final String ARTICLES_WITH_TEXT =
      "PREFIX parley: <https://w3id.org/parley/ontology#>"
          + " SELECT ?a { ?a a parley:Article ; parley:text ?t FILTER(CONTAINS(?t, '%s')) }";

  /** Waits until the server lists an article whose text contains {@code words}. */
  private static void awaitArticle(ServerProcess server, URI base, String words)
      throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      HttpResponse<String> found =
          server.get(ServerProcess.sparql(base, ARTICLES_WITH_TEXT.formatted(words)), CSV);
      assertEquals(200, found.statusCode(), found.body());
      if (found.body().lines().count() > 1) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no article with '" + words + "' was served:\n" + server.log());
  }

  private static final String MERKEL_LINK =
      "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?w {"
          + " <https://w3id.org/parley/id/person/angela-merkel> parley:wikipedia ?w }";

  @ParameterizedTest
  @ValueSource(
      strings = {"serve --watch INBOX", "up --watch INBOX", "serve --watch INBOX --no-link"})
  void watchServesTheFolderThenWhatIsDroppedIntoItWhileServing(String command) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.copy(TestStores.seedArticle(), inbox.resolve("lavrov.txt"));
    List<String> args =
        new ArrayList<>(List.of(command.replace("INBOX", inbox.toString()).split(" ")));
    args.addAll(List.of("--watch-interval", "0.2"));
    int port = ServerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try (ServerProcess server = parley(port, args.toArray(String[]::new))) {
      server.awaitUp(base.resolve("$/ping"));
      awaitArticle(server, base, "Lavrov visited Baku");

      Files.writeString(
          inbox.resolve("merkel.txt"),
          "date 2021-03-02\nAngela Merkel met Emmanuel Macron in Paris on Monday.\n");
      awaitArticle(server, base, "Merkel met Emmanuel Macron");
      awaitLog(server, "watch: 1 file read: 1 added, 0 replaced, 0 unchanged");
      if (command.contains("--no-link")) {
        // Batches and the steps after them run one after another: once a later batch has
        // reported, a link after Merkel's would have been reported before it.
        Files.writeString(inbox.resolve("undated.txt"), "Angela Merkel spoke.\n");
        awaitLog(server, "watch: 1 file read: 0 added, 0 replaced, 0 unchanged, 1 rejected");
        assertFalse(server.log().contains("watch: linked"), server.log());
        assertEquals(
            1, server.get(ServerProcess.sparql(base, MERKEL_LINK), CSV).body().lines().count());
      } else {
        awaitBody(server, ServerProcess.sparql(base, MERKEL_LINK), "wiki/Angela_Merkel");
        awaitLog(server, "watch: linked ");
      }
    }
  }

  /** Waits until the server has logged {@code text}. */
  private static void awaitLog(ServerProcess server, String text) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      if (server.log().contains(text)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("never logged '" + text + "':\n" + server.log());
  }

  /** Waits until the answer to {@code uri} contains {@code text}. */
  private static void awaitBody(ServerProcess server, URI uri, String text)
      throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      if (server.get(uri, CSV).body().contains(text)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("never served '" + text + "' for " + uri + ":\n" + server.log());
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

  /** Said before anything is opened or ingested: up would otherwise ingest, then refuse. */
  @ParameterizedTest
  @ValueSource(strings = {"serve", "serve --watch INBOX", "up INBOX", "up --watch INBOX"})
  void bindAllWithoutAnAllowedHostIsAUsageErrorThatSaysWhatToAdd(String command) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.copy(TestStores.seedArticle(), inbox.resolve("lavrov.txt"));
    List<String> args =
        new ArrayList<>(List.of(command.replace("INBOX", inbox.toString()).split(" ")));
    args.addAll(List.of("--bind-all", "--store", dir.resolve("tdb2").toString()));
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            args.toArray(String[]::new),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));

    assertEquals(Main.REJECTED, code, err.toString());
    assertTrue(err.toString().contains("--bind-all needs --allowed-host NAME"), err.toString());
    assertFalse(Files.exists(dir.resolve("tdb2")), "no store was opened or written");
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
