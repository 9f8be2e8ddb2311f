package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.RawHttp;
import org.w3id.parley.ServerProcess;
import org.w3id.parley.store.ParleyStore;

/**
 * The repository's fuseki-config.ttl runs unchanged on the stock server, read-only, started as the
 * README says: the main class the {@code fuseki-server} script of Jena 5.6.0 runs, in its own JVM,
 * with {@code --shiro fuseki-shiro.ini --localhost --no-cors}, in a working folder whose {@code
 * data/tdb2} is a store Parley wrote (with its full-text index). Issue 10's writes are tried on it.
 */
class StockFusekiServerIT {
  /** What the stock {@code fuseki-server} script runs (Fuseki with UI, admin and Shiro). */
  static final String STOCK_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiServerCmd";

  static final String LOCATION = "tdb2:location \"data/tdb2\"";
  static final Path SHIRO = Path.of("fuseki-shiro.ini");
  private static final String JSON = "application/sparql-results+json";
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

  @TempDir Path dir;

  @Test
  void stockServerServesTheSameConfigReadOnly() throws Exception {
    writeStore();
    String text = Files.readString(ParleyServerIT.CONFIG);
    assertTrue(text.contains(LOCATION), "fuseki-config.ttl should declare " + LOCATION);
    int port = ServerProcess.freePort();
    URI base = URI.create("http://localhost:" + port + "/");

    try (ServerProcess fuseki = startStock(port);
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      fuseki.awaitUp(base.resolve("$/ping"));

      String labels = "SELECT ?s { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }";
      HttpResponse<String> select = fuseki.get(ServerProcess.sparql(base, labels), JSON);
      assertEquals(200, select.statusCode(), select.body());
      assertTrue(select.body().contains(SampleStore.ALICE), select.body());
      assertTrue(select.body().contains(SampleStore.BOB), select.body());

      String search =
          "PREFIX text: <http://jena.apache.org/text#>"
              + " SELECT ?s { ?s text:query (<http://www.w3.org/2000/01/rdf-schema#label> 'alice') }";
      HttpResponse<String> found = fuseki.get(ServerProcess.sparql(base, search), JSON);
      assertEquals(200, found.statusCode(), found.body());
      assertTrue(found.body().contains(SampleStore.ALICE), found.body());
      assertFalse(found.body().contains(SampleStore.BOB), found.body());

      String ui = fuseki.get(base, "text/html").body();
      assertTrue(ui.contains("Apache Jena Fuseki UI"), ui);
      assertEquals(200, fuseki.get(base.resolve("$/server"), JSON).statusCode());

      String service =
          "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/x> {}}";
      // Over a socket with a read timeout: a server that did call the listener would wait on it.
      RawHttp.Reply federated =
          send(
              port,
              "GET /kg/sparql?query=" + URLEncoder.encode(service, StandardCharsets.UTF_8),
              "Accept: " + JSON,
              null);
      assertEquals(422, federated.status(), federated.toString());
      ServiceGateIT.assertNeverContacted(listener);
    }
  }

  @Test
  void theWritesOfIssue10AreRefusedAndTheDatasetStays() throws Exception {
    writeStore();
    int port = ServerProcess.freePort();
    try (ServerProcess fuseki = startStock(port)) {
      fuseki.awaitUp(URI.create("http://localhost:" + port + "/$/ping"));

      for (String write :
          List.of(
              "POST /$/validate/../datasets?dbName=w&dbType=mem",
              "DELETE /$/validate/../datasets/kg",
              "POST /$/validate/../compact/kg",
              "POST /$/validate/../backup/kg",
              "POST /$/validate/%2e%2e/datasets?dbName=w&dbType=mem",
              "POST /$/datasets?dbName=w&dbType=mem",
              "DELETE /$/datasets/kg",
              "POST /$/compact/kg",
              "POST /$/backup/kg",
              "POST /$/Datasets?dbName=w&dbType=mem",
              "PUT /kg/get?default",
              "POST /kg/update")) {
        RawHttp.Reply reply = send(port, write, FORM, "update=CLEAR+ALL");
        assertTrue(reply.status() >= 400 && reply.status() < 500, write + " answered:\n" + reply);
      }

      RawHttp.Reply datasets = send(port, "GET /$/server", "Accept: " + JSON, null);
      assertEquals(200, datasets.status(), datasets.toString());
      assertTrue(datasets.body().contains("\"/kg\""), datasets.body());
      assertFalse(datasets.body().contains("\"/w\""), datasets.body());
      String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
      RawHttp.Reply rows =
          send(
              port,
              "GET /kg/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8),
              "Accept: text/csv",
              null);
      assertTrue(rows.body().contains("\r\n" + SampleStore.TRIPLES), rows.toString());
    }
  }

  @Test
  void pagesOfOtherSitesCannotReadTheStockServersAnswers() throws Exception {
    writeStore();
    int port = ServerProcess.freePort();
    try (ServerProcess fuseki = startStock(port)) {
      fuseki.awaitUp(URI.create("http://localhost:" + port + "/$/ping"));

      RawHttp.Reply get =
          send(port, "GET /kg/sparql?query=ASK%7B%7D", "Origin: https://attacker.example", null);
      RawHttp.Reply preflight =
          send(
              port,
              "OPTIONS /kg/sparql",
              "Origin: https://attacker.example\r\nAccess-Control-Request-Method: POST",
              null);

      assertEquals(200, get.status(), get.toString());
      assertNull(get.header("Access-Control-Allow-Origin"), get.toString());
      assertNull(preflight.header("Access-Control-Allow-Origin"), preflight.toString());
    }
  }

  private void writeStore() {
    Path store = dir.resolve("data/tdb2");
    SampleStore.write(store);
    SampleStore.release(store);
    // Opening the store as Parley does builds its text index, which the stock server then serves.
    ParleyStore.open(store).close();
  }

  private ServerProcess startStock(int port) throws IOException {
    return ServerProcess.start(
        dir,
        // Parley logs through slf4j-simple; without this, the stock main class insists on
        // configuring Log4j 2, which the stock distribution ships but Parley does not.
        List.of("-Dlog4j2.configurationFile=unused"),
        Map.of("FUSEKI_BASE", dir.resolve("run").toString()),
        STOCK_MAIN,
        "--config",
        ParleyServerIT.CONFIG.toAbsolutePath().toString(),
        "--shiro",
        SHIRO.toAbsolutePath().toString(),
        "--localhost",
        "--no-cors",
        "--port",
        Integer.toString(port));
  }

  // As curl --path-as-is sends it, to the address the stock server's --localhost binds.
  private static RawHttp.Reply send(int port, String request, String headers, String body)
      throws IOException {
    return RawHttp.send(
        InetAddress.getByName("localhost"),
        port,
        request,
        "Host: localhost:" + port + "\r\n" + headers,
        body);
  }
}
