package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.parley.ParleyException;
import org.w3id.parley.app.FolderWatcher;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** Options of the commands that keep ingesting while they serve ({@code --watch}). */
final class WatchOptions {
  @Option(
      names = "--watch-interval",
      paramLabel = "SECONDS",
      description =
          "With --watch: how often to look for new and changed files, which is also how long a file"
              + " must stay unchanged before it is read (default: ${DEFAULT-VALUE}).")
  double intervalSeconds = 2;

  /**
   * A watcher, not started, that ingests what changes under {@code paths} into {@code store} and,
   * unless --no-link, links the persons to Wikipedia after each batch that stored articles, as an
   * ingest does.
   */
  FolderWatcher watcher(ParleyStore store, List<Path> paths, LinkOptions link, PrintWriter err) {
    if (!(intervalSeconds > 0)) {
      throw new ParleyException(
          "--watch-interval must be a positive number of seconds, found " + intervalSeconds);
    }
    Duration interval = Duration.ofNanos(Math.round(intervalSeconds * 1e9));
    FolderWatcher watcher =
        FolderWatcher.ingesting(
            new Ingester(store),
            paths,
            interval,
            line -> {
              err.println(line);
              err.flush();
            });
    return link.noLink ? watcher : watcher.afterArticlesLand(() -> link.link(store, err));
  }
}
