package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ServerProcess;
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

  @TempDir Path dir;

  @Test
  void stockServerServesTheSameConfigReadOnly() throws Exception {
    Path store = dir.resolve("data/tdb2");
    SampleStore.write(store);
    SampleStore.release(store);
    // Opening the store as Parley does builds its text index, which the stock server then serves.
    ParleyStore.open(store).close();
    String text = Files.readString(ParleyServerIT.CONFIG);
    assertTrue(text.contains(LOCATION), "fuseki-config.ttl should declare " + LOCATION);
    int port = ServerProcess.freePort();
    URI base = URI.create("http://localhost:" + port + "/");

    try (ServerProcess fuseki =
        ServerProcess.start(
            dir,
            // Parley logs through slf4j-simple; without this, the stock main class insists on
            // configuring Log4j 2, which the stock distribution ships but Parley does not.
            List.of("-Dlog4j2.configurationFile=unused"),
            Map.of("FUSEKI_BASE", dir.resolve("run").toString()),
            STOCK_MAIN,
            "--config",
            ParleyServerIT.CONFIG.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--localhost")) {
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

      HttpRequest update =
          HttpRequest.newBuilder(base.resolve("kg/sparql"))
              .header("Content-Type", "application/sparql-update")
              .POST(BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))
              .build();
      int status = fuseki.send(update).statusCode();
      assertTrue(status >= 400 && status < 500, "update answered " + status);
    }
  }

  private static final String JSON = "application/sparql-results+json";
}
