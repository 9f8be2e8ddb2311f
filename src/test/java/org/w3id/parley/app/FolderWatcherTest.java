package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ParleyException;
import org.w3id.parley.ingest.InputFiles;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.StoreException;

/**
 * When the watcher ingests, on real files: each {@code poll()} is one look, as the watcher's thread
 * makes them every interval, so the tests need no clock.
 */
class FolderWatcherTest {
  @TempDir Path dir;

  private final List<String> batches = new ArrayList<>();
  private final List<String> report = new ArrayList<>();

  /** A watcher of {@code paths} whose batches record what the files held when they were read. */
  private FolderWatcher watcher(List<Path> paths, Function<IngestListener, IngestReport> onBatch) {
    FolderWatcher.Batch batch =
        (files, listener) -> {
          batches.add(contents(files));
          return onBatch.apply(listener);
        };
    return new FolderWatcher(paths, Duration.ofSeconds(1), batch, report::add);
  }

  private FolderWatcher watcher(Function<IngestListener, IngestReport> onBatch) {
    return watcher(List.of(dir), onBatch);
  }

  private FolderWatcher watcher() {
    return watcher(listener -> report(1, 0, 0));
  }

  private static IngestReport report(int added, int replaced, int rejected) {
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < rejected; i++) {
      rejections.add(new Rejection("x", "y"));
    }
    return new IngestReport(added, replaced, 2, rejected, rejections, 42, 0.5, 0);
  }

  /**
   * The files of a batch by the path their id comes from (below the watched folder), with what they
   * held when it ran.
   */
  private static String contents(InputFiles files) {
    return String.join(
        "|",
        files.files().stream()
            .map(
                f -> {
                  try {
                    return f.relative() + "=" + Files.readString(f.path());
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList());
  }

  @Test
  void fileWrittenInTwoStepsIsReadOnlyOnceItStopsChanging() throws Exception {
    FolderWatcher watcher = watcher();
    Path file = dir.resolve("sub").resolve("a.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "date 2020-01-01\nfirst half");
    assertFalse(watcher.poll(), "first sight: not yet known to be finished");
    Files.writeString(file, ", second half", StandardOpenOption.APPEND);
    assertFalse(watcher.poll(), "still growing");

    assertTrue(watcher.poll(), "unchanged for one interval");
    assertEquals(List.of("sub/a.txt=date 2020-01-01\nfirst half, second half"), batches);
  }

  @Test
  void nothingChangedMeansNoBatch() throws Exception {
    FolderWatcher watcher = watcher();
    assertFalse(watcher.poll());
    assertFalse(watcher.poll(), "an empty folder has nothing to ingest");
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.poll();
    assertTrue(watcher.poll());

    assertFalse(watcher.poll());
    assertFalse(watcher.poll());
    assertEquals(1, batches.size());
  }

  @Test
  void changedFileGivesAnotherBatchWhenItSettles() throws Exception {
    FolderWatcher watcher = watcher();
    Path file = Files.writeString(dir.resolve("a.txt"), "one");
    watcher.poll();
    assertTrue(watcher.poll());
    Files.writeString(file, "two"); // same size: the modification time tells
    Files.setLastModifiedTime(file, FileTime.fromMillis(0));
    assertFalse(watcher.poll());
    assertTrue(watcher.poll());
    assertEquals(List.of("a.txt=one", "a.txt=two"), batches);
  }

  @Test
  void filesAssumedIngestedAreNotReadAgain() throws Exception {
    Files.writeString(dir.resolve("old.txt"), "old");
    FolderWatcher watcher = watcher().assumeIngested();
    assertFalse(watcher.poll());
    assertFalse(watcher.poll());
    Files.writeString(dir.resolve("new.txt"), "new");
    watcher.poll();
    assertTrue(watcher.poll());
    assertEquals(List.of("new.txt=new"), batches);
  }

  @Test
  void filesStillArrivingDoNotHoldBackTheOnesThatAreDone() throws Exception {
    FolderWatcher watcher = watcher();
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.poll();
    Files.writeString(dir.resolve("b.txt"), "b");
    assertTrue(watcher.poll(), "a is done though b just came");
    Files.writeString(dir.resolve("c.txt"), "c");
    assertTrue(watcher.poll());
    assertEquals(List.of("a.txt=a", "b.txt=b"), batches);
  }

  @Test
  void onlyFilesAFolderIngestWouldReadAreWatched() throws Exception {
    FolderWatcher watcher = watcher();
    Files.writeString(dir.resolve("a.txt.part"), "downloading");
    Files.writeString(dir.resolve(".a.txt.swp"), "editing");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/notes.txt"), "hidden folder");
    Files.writeString(dir.resolve("feed.jsonl"), "{}");
    watcher.poll();
    watcher.poll();
    assertEquals(List.of("feed.jsonl={}"), batches);
  }

  @Test
  void filesAreNamedByTheirPathBelowTheWatchedFolderAsAFolderIngestNamesThem() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path single = Files.writeString(dir.resolve("single.txt"), "s");
    FolderWatcher watcher = watcher(List.of(inbox, single), listener -> report(1, 0, 0));
    Files.createDirectories(inbox.resolve("caucasus/2019"));
    Files.writeString(inbox.resolve("caucasus/2019/report.txt"), "r");
    Files.writeString(inbox.resolve("report.txt"), "top");
    watcher.poll();
    watcher.poll();
    assertEquals(
        List.of("caucasus/2019/report.txt=r|report.txt=top|single.txt=s"),
        batches,
        "below the folder watched, as `parley ingest inbox` names them; a file watched by name"
            + " keeps its name, as `parley ingest single.txt` does");
  }

  @Test
  void stepRunsAfterEachBatchThatAddedOrReplacedArticlesAndReportsItsLine() throws Exception {
    List<IngestReport> outcomes =
        new ArrayList<>(List.of(report(1, 0, 0), report(0, 0, 1), report(0, 1, 0)));
    int[] steps = {0};
    FolderWatcher watcher =
        watcher(listener -> outcomes.remove(0))
            .afterArticlesLand(() -> "linked " + ++steps[0] + " of 3 persons to Wikipedia");
    for (String name : List.of("added.txt", "unchanged-or-rejected.txt", "replaced.txt")) {
      Files.writeString(dir.resolve(name), name);
      watcher.poll();
      assertTrue(watcher.poll(), name);
    }
    assertEquals(2, steps[0], "not after the batch that stored nothing");
    assertEquals(
        List.of(
            "watch: linked 1 of 3 persons to Wikipedia",
            "watch: linked 2 of 3 persons to Wikipedia"),
        report.stream().filter(line -> line.contains("linked")).toList());
    assertEquals(
        List.of(
            "watch: 1 file read: 1 added, 0 replaced, 2 unchanged, 0 rejected in 0.5 s; 42 quads",
            "watch: linked 1 of 3 persons to Wikipedia"),
        report.subList(0, 2),
        "the step's line follows its batch's");
  }

  @Test
  void failingStepIsOneLineAndRunsAgainAfterTheNextBatch() throws Exception {
    int[] calls = {0};
    FolderWatcher watcher =
        watcher()
            .afterArticlesLand(
                () -> {
                  if (calls[0]++ == 0) {
                    throw new ParleyException("/cache/wikipedia-anchors-1.tsv: cannot read");
                  }
                  return "linked 1 of 1 persons to Wikipedia";
                });
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.poll();
    watcher.poll();
    Files.writeString(dir.resolve("b.txt"), "b");
    watcher.poll();
    watcher.poll();
    assertEquals(
        List.of(
            "watch: /cache/wikipedia-anchors-1.tsv: cannot read; trying again after the next"
                + " articles land",
            "watch: linked 1 of 1 persons to Wikipedia"),
        report.stream().filter(line -> !line.startsWith("watch: 1 file read")).toList());
  }

  @Test
  void closeAsksTheBatchUnderWayToStopAndWaitsForItWithoutInterruptingIt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicBoolean askedToStop = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean finished = new AtomicBoolean();
    FolderWatcher.Batch batch =
        (files, listener) -> {
          running.countDown();
          long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          // Busy-waits rather than sleeps: a sleep would hide an interrupt in an exception.
          while (!listener.stopRequested() && System.nanoTime() < giveUp) {
            interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            Thread.onSpinWait();
          }
          askedToStop.set(listener.stopRequested());
          interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
          finished.set(true);
          return report(1, 0, 0);
        };
    FolderWatcher watcher =
        new FolderWatcher(List.of(dir), Duration.ofMillis(20), batch, report::add);
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.start();
    assertTrue(running.await(30, TimeUnit.SECONDS), "the batch never started");
    watcher.close();
    assertTrue(finished.get(), "close returned before the batch ended");
    assertTrue(askedToStop.get(), "the batch was never asked to stop");
    assertFalse(
        interrupted.get(),
        "the batch's thread was interrupted: in a store write that closes the store's files");
  }

  @Test
  void stepDoesNotRunAfterAFailedBatch() throws Exception {
    int[] calls = {0};
    FolderWatcher watcher =
        watcher(
                listener -> {
                  throw new StoreException("data/tdb2: cannot write graph <x>: disk full");
                })
            .afterArticlesLand(() -> "linked " + ++calls[0]);
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.poll();
    assertTrue(watcher.poll());
    assertEquals(0, calls[0]);
  }

  @Test
  void oneLinePerBatchAndPerRejection() throws Exception {
    FolderWatcher watcher =
        watcher(
            listener -> {
              listener.rejected(new Rejection("in/bad.txt line 1", "expected 'date YYYY-MM-DD'"));
              return report(1, 0, 1);
            });
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.txt"), "b");
    watcher.poll();
    watcher.poll();

    assertEquals(
        List.of(
            "rejected: in/bad.txt line 1: expected 'date YYYY-MM-DD'",
            "watch: 2 files read: 1 added, 0 replaced, 2 unchanged, 1 rejected in 0.5 s; 42 quads"),
        report);
  }

  @Test
  void failedBatchIsOneLineAndTriedAgainOnlyAfterAChange() throws Exception {
    FolderWatcher watcher =
        watcher(
            listener -> {
              throw new StoreException("data/tdb2: cannot write graph <x>: disk full");
            });
    Files.writeString(dir.resolve("a.txt"), "a");
    watcher.poll();
    assertTrue(watcher.poll());
    assertFalse(watcher.poll());
    assertEquals(
        List.of(
            "watch: ingest failed: data/tdb2: cannot write graph <x>: disk full; trying again when"
                + " the files change"),
        report);
    Files.writeString(dir.resolve("a.txt"), "again");
    watcher.poll();
    assertTrue(watcher.poll());
  }

  @Test
  void missingFolderIsRefusedWithItsName() {
    Path missing = dir.resolve("inbox");
    ParleyException e =
        assertThrows(
            ParleyException.class,
            () ->
                new FolderWatcher(
                    List.of(missing),
                    Duration.ofSeconds(1),
                    (p, l) -> report(1, 0, 0),
                    report::add));
    assertEquals(missing + ": no such folder or file to watch", e.getMessage());
  }
}
