package org.w3id.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.parley.serve.ParleyServer;
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
   * The store folder, which must already hold a store (for commands that only read or amend one).
   */
  Path existingStore() {
    Path dir = store();
    java.io.File[] files = dir.toFile().listFiles();
    if (files == null || files.length == 0) {
      throw new org.w3id.parley.ParleyException(
          dir + ": no store here; run `parley ingest` (or `parley up`) first");
    }
    return dir;
  }

  void applyLogging() {
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.org.w3id.parley", "debug");
    }
  }
}
