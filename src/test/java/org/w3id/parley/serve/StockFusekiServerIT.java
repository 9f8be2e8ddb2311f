package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.ParleyStore;

/**
 * The repository's fuseki-config.ttl runs unchanged on the stock server: the main class the {@code
 * fuseki-server} script of Jena 5.6.0 runs, in its own JVM, in a working folder whose {@code
 * data/tdb2} is a store Parley wrote (with its full-text index).
 */
class StockFusekiServerIT {
  /** What the stock {@code fuseki-server} script runs (Fuseki with UI and admin). */
  static final String STOCK_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiServerCmd";

  static final String LOCATION = "tdb2:location \"data/tdb2\"";
  static final Duration STARTUP = Duration.ofSeconds(90);

  @TempDir Path dir;
  Process fuseki;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @AfterEach
  void stopFuseki() throws InterruptedException {
    if (fuseki != null) {
      fuseki.destroy();
      if (!fuseki.waitFor(30, TimeUnit.SECONDS)) {
        fuseki.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void stockServerServesTheSameConfigReadOnly() throws Exception {
    Path store = dir.resolve("data/tdb2");
    SampleStore.write(store);
    SampleStore.release(store);
    // Opening the store as Parley does builds its text index, which the stock server then serves.
    ParleyStore.open(store).close();
    String text = Files.readString(ParleyServerIT.CONFIG);
    assertTrue(text.contains(LOCATION), "fuseki-config.ttl should declare " + LOCATION);
    Path config = ParleyServerIT.CONFIG.toAbsolutePath();
    int port = freePort();
    Path log = dir.resolve("fuseki.log");

    fuseki = startStockServer(config, port, log);
    URI base = URI.create("http://localhost:" + port + "/");
    awaitUp(base.resolve("$/ping"), log);

    String labels = "SELECT ?s { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }";
    HttpResponse<String> select = send(queryRequest(base, labels), log);
    assertEquals(200, select.statusCode(), select.body());
    assertTrue(select.body().contains(SampleStore.ALICE), select.body());
    assertTrue(select.body().contains(SampleStore.BOB), select.body());

    String search =
        "PREFIX text: <http://jena.apache.org/text#>"
            + " SELECT ?s { ?s text:query (<http://www.w3.org/2000/01/rdf-schema#label> 'alice') }";
    HttpResponse<String> found = send(queryRequest(base, search), log);
    assertEquals(200, found.statusCode(), found.body());
    assertTrue(found.body().contains(SampleStore.ALICE), found.body());
    assertFalse(found.body().contains(SampleStore.BOB), found.body());

    String ui = send(HttpRequest.newBuilder(base).build(), log).body();
    assertTrue(ui.contains("Apache Jena Fuseki UI"), ui);

    HttpRequest update =
        HttpRequest.newBuilder(base.resolve("kg/sparql"))
            .header("Content-Type", "application/sparql-update")
            .POST(BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))
            .build();
    int status = send(update, log).statusCode();
    assertTrue(status >= 400 && status < 500, "update answered " + status);
  }

  private Process startStockServer(Path config, int port, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            // Parley logs through slf4j-simple; without this, the stock main class insists on
            // configuring Log4j 2, which the stock distribution ships but Parley does not.
            "-Dlog4j2.configurationFile=unused",
            "-cp",
            System.getProperty("java.class.path"),
            STOCK_MAIN,
            "--config",
            config.toString(),
            "--port",
            Integer.toString(port),
            "--localhost");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  private void awaitUp(URI ping, Path log) throws Exception {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!fuseki.isAlive()) {
        fail("stock Fuseki exited with " + fuseki.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (http.send(HttpRequest.newBuilder(ping).build(), BodyHandlers.discarding()).statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    fail(
        "stock Fuseki did not answer "
            + ping
            + " within "
            + STARTUP
            + ":\n"
            + Files.readString(log));
  }

  private HttpRequest queryRequest(URI base, String sparql) {
    String query = URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(base.resolve("kg/sparql?query=" + query))
        .header("Accept", "application/sparql-results+json")
        .build();
  }

  private HttpResponse<String> send(HttpRequest request, Path log) throws Exception {
    try {
      return http.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("stock Fuseki failed:\n" + Files.readString(log), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
