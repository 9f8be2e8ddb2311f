package org.w3id.parley.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoreException;

/**
 * What one article can do to a run (nothing but its own rejection), what the store can (stop it,
 * saying so), and that reading waits for the writer instead of filling memory. CoreNLP is real;
 * where an article must make it fail, a wrapper throws for that article's text the way CoreNLP can.
 */
class IngestFailuresIT {
  @TempDir Path dir;

  private static final String GOOD = "date 2019-12-03\nSergey Lavrov met Ilham Aliyev in Baku.\n";

  /** CoreNLP, except for texts with {@code marker}, which fail with {@code failure}. */
  private static Annotator failingOn(String marker, Error failure, RuntimeException exception) {
    return (text, published) -> {
      if (text.contains(marker)) {
        if (failure != null) {
          throw failure;
        }
        throw exception;
      }
      return Annotator.CORENLP.annotate(text, published);
    };
  }

  private Path folder(String... contents) throws IOException {
    Path in = dir.resolve("in");
    for (int i = 0; i < contents.length; i++) {
      TestStores.write(in.resolve("a" + i + ".txt"), contents[i].getBytes(UTF_8));
    }
    return in;
  }

  @Test
  void anExceptionOrAStackOverflowInCoreNlpIsOneLineAndTheOthersLand() throws Exception {
    Path in =
        folder(GOOD, "date 2019-12-03\nEXPLODE here.\n", "date 2019-12-03\nRECURSE here.\n", GOOD);
    Annotator annotator =
        (text, published) -> {
          if (text.contains("EXPLODE")) {
            throw new IllegalStateException("no tokens\nsecond line");
          }
          if (text.contains("RECURSE")) {
            throw new StackOverflowError();
          }
          return Annotator.CORENLP.annotate(text, published);
        };
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      IngestReport r =
          new Ingester(store, IngestOptions.defaults().withThreads(2), annotator)
              .ingest(List.of(in), IngestListener.NONE);
      assertEquals(
          List.of(
              in.resolve("a1.txt") + ": CoreNLP failed: java.lang.IllegalStateException: no tokens",
              in.resolve("a2.txt")
                  + ": CoreNLP failed: stack overflow (the input nests or repeats too deeply)"),
          r.rejected().stream().map(Rejection::toString).toList());
      assertEquals(2, r.added());
      assertEquals(2, store.articleCount());
    }
  }

  @Test
  void runningOutOfMemoryStopsTheRun() throws Exception {
    Path in = folder(GOOD, "date 2019-12-03\nHUGE here.\n", GOOD);
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      Ingester ingester =
          new Ingester(
              store,
              IngestOptions.defaults().withThreads(1),
              failingOn("HUGE", new OutOfMemoryError("Java heap space"), null));
      OutOfMemoryError e =
          assertThrows(
              OutOfMemoryError.class, () -> ingester.ingest(List.of(in), IngestListener.NONE));
      assertEquals("Java heap space", e.getMessage());
      assertEquals(1, store.articleCount(), "the article before it is stored, whole");
    }
  }

  @Test
  void aBrokenStoreStopsTheRunAndSaysSoInsteadOfRejectingEveryLaterArticle() throws Exception {
    Path in = folder(GOOD, GOOD.replace("Baku", "Moscow"), GOOD.replace("Baku", "Minsk"));
    Path tdb = dir.resolve("tdb2");
    List<Rejection> rejected = new ArrayList<>();
    IngestListener breakIndexAfterFirst =
        new IngestListener() {
          @Override
          public void progress(IngestProgress p) {
            if (p.stored() == 1) {
              try { // the text index's folder vanishes, as on a failing disk
                MoreFiles.deleteRecursively(
                    ParleyStore.textIndexOf(tdb), RecursiveDeleteOption.ALLOW_INSECURE);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }

          @Override
          public void rejected(Rejection r) {
            rejected.add(r);
          }
        };
    ParleyStore store = ParleyStore.open(tdb);
    try {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> new Ingester(store, 1).ingest(List.of(in), breakIndexAfterFirst));
      assertTrue(e.getMessage().startsWith(tdb + ": cannot write graphs"), e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  "; ingest stopped after storing 1 articles, each whole (run it again once the"
                      + " store is fixed)"),
          e.getMessage());
      assertEquals(List.of(), rejected, "no article is blamed for the store");
    } finally {
      store.close();
    }
    assertOneArticleWithItsTextIndexed(tdb);
  }

  /** The store at tdb, reopened, holds one article whole, and its text index finds it. */
  private static void assertOneArticleWithItsTextIndexed(Path tdb) {
    try (ParleyStore reopened = ParleyStore.open(tdb)) {
      assertEquals(1, reopened.articleCount(), "what was stored is whole");
      assertEquals(
          1,
          TestStores.select(
                  reopened,
                  "PREFIX text: <http://jena.apache.org/text#> SELECT ?a { ?a text:query"
                      + " (parley:text 'Baku') }")
              .size(),
          "the text index is in step with the store");
    }
  }

  /** The pipeline as Ingester builds it, with the bundled shapes. */
  private static IngestPipeline pipeline(
      ParleyStore store, int threads, IngestListener listener, Annotator annotator) {
    return new IngestPipeline(
        Destination.of(store),
        IngestOptions.defaults().withThreads(threads),
        false,
        listener,
        annotator,
        org.w3id.parley.rdf.ShapesCheck.bundled());
  }

  @Test
  void readingWaitsForTheWriterInsteadOfRunningAhead() throws Exception {
    int threads = 2;
    int articles = 12;
    AtomicInteger handed = new AtomicInteger();
    AtomicReference<Thread> readerThread = new AtomicReference<>();
    AtomicInteger handedWhenBlocked = new AtomicInteger(-1);
    // Every annotation waits until the reader is parked on the full queue (or has read all).
    Annotator waiting =
        (text, published) -> {
          synchronized (handedWhenBlocked) {
            while (handedWhenBlocked.get() < 0) {
              Thread reader = readerThread.get();
              if (handed.get() == articles
                  || (reader != null && reader.getState() == Thread.State.TIMED_WAITING)) {
                handedWhenBlocked.set(handed.get());
              } else {
                try {
                  handedWhenBlocked.wait(5);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          }
          return Annotator.CORENLP.annotate(text, published);
        };
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      IngestReport r =
          pipeline(store, threads, IngestListener.NONE, waiting)
              .run(
                  sink -> {
                    readerThread.set(Thread.currentThread());
                    for (int i = 0; i < articles; i++) {
                      handed.incrementAndGet();
                      sink.article(article(i), Optional.empty(), i);
                    }
                  },
                  new IngestProgress(0, 0, 0, OptionalInt.of(articles), 0, 0));
      assertEquals(articles, r.added());
      // The writer holds one, the queue 2 x threads, the reader one more it could not put.
      assertTrue(
          handedWhenBlocked.get() <= 2 * threads + 2,
          "read ahead " + handedWhenBlocked.get() + " articles of " + articles);
    }
  }

  @Test
  void aRunAskedToStopEndsAfterTheArticleItIsWritingWithoutInterruptingTheReader()
      throws Exception {
    int articles = 8;
    AtomicBoolean readerInterrupted = new AtomicBoolean();
    AtomicInteger read = new AtomicInteger();
    IngestListener stopAfterFirst =
        new IngestListener() {
          private volatile boolean stop;

          @Override
          public void progress(IngestProgress p) {
            stop = p.stored() >= 1;
          }

          @Override
          public boolean stopRequested() {
            return stop;
          }
        };
    Path tdb = dir.resolve("tdb2");
    IngestReport r;
    try (ParleyStore store = ParleyStore.open(tdb)) {
      r =
          pipeline(store, 1, stopAfterFirst, Annotator.CORENLP)
              .run(
                  sink -> {
                    try {
                      for (int i = 0; i < articles; i++) {
                        read.incrementAndGet();
                        sink.article(article(i), Optional.empty(), i);
                      }
                    } finally {
                      readerInterrupted.set(Thread.currentThread().isInterrupted());
                    }
                  },
                  new IngestProgress(0, 0, 0, OptionalInt.of(articles), 0, 0));
      assertEquals(1, r.added(), "the run stops after the article it was writing");
      assertEquals(0, r.rejectedCount(), "articles left unread are not rejected");
      assertTrue(read.get() < articles, "the reader stopped too: read " + read.get());
      assertFalse(readerInterrupted.get(), "the reader, which reads the store, was interrupted");
      assertEquals(1, store.articleCount());
    }
    assertOneArticleWithItsTextIndexed(tdb);
  }

  private static Article article(int i) {
    return new Article(
        "a" + i,
        LocalDate.of(2019, 12, 3),
        Optional.empty(),
        Optional.empty(),
        "Sergey Lavrov met Ilham Aliyev in Baku on day " + i + ".",
        "test " + i);
  }
}
