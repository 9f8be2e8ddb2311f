package org.w3id.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoreException;
import picocli.CommandLine.Option;

/** Options shared by every command that opens the store. */
final class StoreOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Fuseki configuration (default: ./fuseki-config.ttl, else the one next to the parley script).")
  Path config;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "TDB2 store folder (default: the tdb2:location named in the configuration, data/tdb2).")
  Path store;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces and debug logging.")
  boolean verbose;

  Path config() {
    if (config != null) {
      return config;
    }
    Path here = Path.of("fuseki-config.ttl");
    String home = System.getProperty("parley.home");
    if (!Files.exists(here) && home != null) {
      return Path.of(home, "fuseki-config.ttl");
    }
    return here;
  }

  Path store() {
    return store != null ? store : ParleyServer.storeOf(config());
  }

  /**
   * The store folder, which must already hold a store: the commands that only read or amend one
   * stop on a mistyped folder rather than create an empty store there (only ingest and up create).
   */
  Path existingStore() {
    Path dir = store();
    if (!ParleyStore.exists(dir)) {
      throw new StoreException(
          dir
              + (Files.isDirectory(dir) ? ": holds no Parley store" : ": no such folder")
              + "; run `parley ingest` or `parley up` to create a store, or give --store the"
              + " folder of an existing one");
    }
    return dir;
  }

  void applyLogging() {
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.org.w3id.parley", "debug");
    }
  }
}
