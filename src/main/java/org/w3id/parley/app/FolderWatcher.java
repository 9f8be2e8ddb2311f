package org.w3id.parley.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.w3id.parley.ParleyException;
import org.w3id.parley.ingest.IngestException;
import org.w3id.parley.ingest.InputFiles;
import org.w3id.parley.ingest.Rejection;

/**
 * Ingests whatever is new or changed under some folders, for as long as it runs, into a store that
 * a server may be reading at the same time (each article is written in its own transaction, so
 * queries keep answering from consistent snapshots).
 *
 * <pre>{@code
 * try (FolderWatcher watcher =
 *     FolderWatcher.ingesting(
 *             new Ingester(store), List.of(Path.of("inbox")), Duration.ofSeconds(2), System.err::println)
 *         .afterArticlesLand(() -> "linked: " + linking.link(store))
 *         .start()) {
 *   server.join(); // a ParleyServer serving store.dataset()
 * }
 * }</pre>
 *
 * <p>It polls: every interval it lists the files a folder ingest would read ({@link InputFiles}:
 * {@code .txt}, {@code .jsonl}, {@code .ndjson}, no hidden ones; not {@code x.txt.part} nor an
 * editor's {@code .x.txt.swp}) with their size and modification time, and a file that differs from
 * what was last ingested and has not changed since the previous look is read: all such files of one
 * look form a batch, one {@link Ingester} run over them, each with the id {@code parley ingest
 * FOLDER} gives it (its path below the watched folder: {@code sub/report.txt} is {@code
 * sub/report}); a changed article replaces its graph whole. A file written in several steps is thus
 * read only once it has stopped changing for an interval, and files still arriving do not hold back
 * those that are done. Polling rather than java.nio's WatchService: that one watches no subfolders
 * on Linux, polls anyway on macOS, and cannot tell when a write has finished, which needs the scan
 * anyway.
 *
 * <p>After a batch that added or replaced articles it runs the step given to {@link
 * #afterArticlesLand} (the Wikipedia linking that {@code parley ingest} runs after its articles).
 *
 * <p>It reports one line per batch and one per rejected input to the {@code report} consumer. A
 * batch that fails (the store, say) is reported in one line, and its files are tried again once
 * they change again. Removing a file does not remove its article.
 */
public final class FolderWatcher implements AutoCloseable {
  /** One ingest run over some files, reporting rejections to the listener. */
  @FunctionalInterface
  interface Batch {
    IngestReport ingest(InputFiles files, IngestListener listener);
  }

  /** A file as a scan saw it: what changes when it is written. */
  private record FileState(long size, long modified) {}

  /** A file a scan listed, and its state then. */
  private record Seen(InputFiles.File file, FileState state) {}

  private final List<Path> paths;
  private final Duration interval;
  private final Batch batch;
  private final Consumer<String> report;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "parley-watch");
            t.setDaemon(true);
            return t;
          });
  private Map<Path, Seen> previous = Map.of();
  private final Map<Path, FileState> ingested = new HashMap<>();
  private Supplier<String> afterArticlesLand;
  private volatile boolean closing;

  FolderWatcher(List<Path> paths, Duration interval, Batch batch, Consumer<String> report) {
    if (paths.isEmpty()) {
      throw new ParleyException("nothing to watch: name a folder or file");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParleyException(path + ": no such folder or file to watch");
      }
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new ParleyException("watch interval must be positive, found " + interval);
    }
    this.paths = List.copyOf(paths);
    this.interval = interval;
    this.batch = Objects.requireNonNull(batch, "batch");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * A watcher that runs {@code ingester} over {@code paths} and reports to {@code report}; it
   * starts with {@link #start()}.
   *
   * @param interval how often to look, which is also how long a file must stay unchanged before it
   *     is read
   * @throws ParleyException if a path does not exist
   */
  public static FolderWatcher ingesting(
      Ingester ingester, List<Path> paths, Duration interval, Consumer<String> report) {
    return new FolderWatcher(paths, interval, ingester::ingest, report);
  }

  /**
   * Runs {@code step} after each batch that added or replaced articles, and reports the line it
   * returns; a step that fails is reported in one line and runs again after the next such batch.
   * Call before {@link #start()}. Returns this watcher.
   */
  public synchronized FolderWatcher afterArticlesLand(Supplier<String> step) {
    this.afterArticlesLand = Objects.requireNonNull(step, "step");
    return this;
  }

  /**
   * Takes the files as they are now as ingested, so that only later changes are: for a caller that
   * ingests the paths itself first ({@code parley up}). Call it before that ingest, so that a file
   * that changes meanwhile is read again. Returns this watcher.
   */
  public synchronized FolderWatcher assumeIngested() {
    previous = scan();
    previous.forEach((file, seen) -> ingested.put(file, seen.state()));
    return this;
  }

  /** Starts looking, every interval, on a daemon thread of its own. Returns this watcher. */
  public FolderWatcher start() {
    Runnable look =
        () -> {
          try {
            poll();
          } catch (Error e) {
            // The executor would keep it to itself and never run again: say so, at least.
            report.accept("watch: stopped: " + e);
            throw e;
          }
        };
    thread.scheduleWithFixedDelay(look, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    return this;
  }

  /**
   * One look: runs a batch over the files that differ from what was last ingested and have not
   * changed since the previous look. Returns whether it ran one.
   */
  synchronized boolean poll() {
    Map<Path, Seen> now = scan();
    List<Seen> ready = new ArrayList<>();
    now.forEach(
        (file, seen) -> {
          Seen before = previous.get(file);
          if (!seen.state().equals(ingested.get(file))
              && before != null
              && seen.state().equals(before.state())) {
            ready.add(seen);
          }
        });
    previous = now;
    ingested.keySet().retainAll(now.keySet()); // a file removed and put back is read again
    if (ready.isEmpty() || closing) {
      return false;
    }
    // Noted as ingested even if the batch fails: retrying the same files at every interval would
    // only repeat the failure. A file that changes during the batch is read again afterwards.
    ready.forEach(seen -> ingested.put(seen.file().path(), seen.state()));
    ready.sort(Comparator.comparing(seen -> seen.file().path()));
    Optional<IngestReport> done =
        runBatch(new InputFiles(ready.stream().map(Seen::file).toList(), List.of()));
    if (afterArticlesLand != null && done.filter(r -> r.added() + r.replaced() > 0).isPresent()) {
      runStep();
    }
    return true;
  }

  // The batch's report; empty if it failed.
  private Optional<IngestReport> runBatch(InputFiles files) {
    IngestListener listener =
        new IngestListener() {
          @Override
          public void rejected(Rejection rejection) {
            if (!closing) {
              report.accept("rejected: " + rejection);
            }
          }

          @Override
          public void factDropped(String source, String fact, String reason) {
            if (!closing) {
              report.accept("left out: " + source + ": " + fact + ": " + reason);
            }
          }

          @Override
          public boolean stopRequested() {
            return closing;
          }
        };
    try {
      IngestReport r = batch.ingest(files, listener);
      if (!closing) {
        report.accept(summary(files.files().size(), r));
      }
      return Optional.of(r);
    } catch (RuntimeException e) {
      if (!closing) {
        report.accept("watch: ingest failed: " + why(e) + "; trying again when the files change");
      }
      return Optional.empty();
    }
  }

  private void runStep() {
    if (closing) {
      return;
    }
    try {
      String line = afterArticlesLand.get();
      if (!closing) {
        report.accept("watch: " + line);
      }
    } catch (RuntimeException e) {
      if (!closing) {
        report.accept("watch: " + why(e) + "; trying again after the next articles land");
      }
    }
  }

  private static String why(RuntimeException e) {
    return e instanceof ParleyException ? e.getMessage() : e.toString();
  }

  private static String summary(int files, IngestReport r) {
    return String.format(
        Locale.ROOT,
        "watch: %d %s read: %d added, %d replaced, %d unchanged, %d rejected in %.1f s; %d quads",
        files,
        files == 1 ? "file" : "files",
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.rejectedCount(),
        r.seconds(),
        r.quads());
  }

  /**
   * The files under the paths that a folder ingest of each path would read, as {@link
   * InputFiles#list} lists them (so with the same ids), with their size and modification time. A
   * file that vanishes during the scan, or a path that is gone, is simply not there; what a folder
   * ingest would reject (a symbolic link loop, say) is left out quietly rather than reported at
   * every look.
   */
  private Map<Path, Seen> scan() {
    Map<Path, Seen> files = new HashMap<>();
    for (Path path : paths) {
      InputFiles listed;
      try {
        listed = InputFiles.list(List.of(path));
      } catch (IngestException e) {
        continue; // the path is gone, for now
      }
      for (InputFiles.File file : listed.files()) {
        try {
          long modified = Files.getLastModifiedTime(file.path()).to(TimeUnit.NANOSECONDS);
          files.put(file.path(), new Seen(file, new FileState(file.size(), modified)));
        } catch (IOException e) {
          // Gone since it was listed.
        }
      }
    }
    return files;
  }

  /**
   * Stops looking. A batch under way stops after the article it is writing, and is waited for (up
   * to a minute), so that the store can be closed after this returns; a step under way finishes.
   * Neither is interrupted: an interrupt that lands in a store write closes the store's files under
   * it.
   */
  @Override
  public void close() {
    closing = true;
    thread.shutdown();
    try {
      if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
        report.accept("watch: an ingest is still running after a minute; stopping without it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
