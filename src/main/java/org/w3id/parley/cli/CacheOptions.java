package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.w3id.parley.app.CacheFolder;
import org.w3id.parley.app.WikipediaLinking;
import picocli.CommandLine.Option;

/** The user's cache folder, where the Wikipedia anchor index is built once for every store. */
final class CacheOptions {
  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where the Wikipedia anchor index is built once and kept for every store (default: $"
              + CacheFolder.ENV
              + ", else $XDG_CACHE_HOME/parley, else ~/.cache/parley).")
  Path cacheDir;

  /**
   * The Wikipedia linking step, its index in the cache folder, its progress lines on {@code err}.
   */
  WikipediaLinking wikipedia(PrintWriter err) {
    return WikipediaLinking.inCache(
        CacheFolder.resolve(Optional.ofNullable(cacheDir)),
        line -> {
          err.println(line);
          err.flush();
        });
  }
}
