package org.w3id.parley.serve;

import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.w3id.parley.TestStores;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.store.ParleyStore;

/**
 * The seed article served as the pages' tests need it: ingested with the real pipeline into a real
 * TDB2 store, served by Parley's server from the repository's fuseki-config.ttl on a free loopback
 * port.
 */
final class SeedServer {
  private SeedServer() {}

  /** Ingests the seed article into a store in {@code dir}/tdb2 and serves it. */
  static ParleyServer start(Path dir) {
    Path tdb = dir.resolve("tdb2");
    try (ParleyStore store = ParleyStore.open(tdb)) {
      IngestReport report = TestStores.ingest(store, TestStores.seedArticle());
      if (report.added() != 1) {
        throw new IllegalStateException("the seed article did not land: " + report);
      }
    }
    return ParleyServer.builder()
        .config(Path.of("fuseki-config.ttl"))
        .store(tdb)
        .port(0)
        .build()
        .start();
  }

  /**
   * Quits the browser, then stops the server (either may be null), before {@code @TempDir} deletes
   * the profile and the store.
   */
  static void stop(WebDriver browser, ParleyServer server) {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
