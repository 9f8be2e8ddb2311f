package org.w3id.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.w3id.parley.ParleyException;
import org.w3id.parley.ingest.ArticleSink;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.rdf.FactGuard;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.StoreException;

/**
 * One ingest run as a pipeline with back-pressure, so that memory does not grow with the input:
 *
 * <pre>
 * reader thread ──► CoreNLP threads ──► writer (the thread that called ingest)
 * </pre>
 *
 * The reader reads, asks the store whether each article is unchanged or comes from another source,
 * and hands the rest to CoreNLP; a bounded queue of steps, in input order, holds it back whenever
 * the writer falls behind. The writer takes the steps in order (identity across articles depends on
 * it), extracts facts and writes each article in its own transaction ({@link ArticleWriter}).
 *
 * <p>Failures: whatever one input makes happen while it is read, annotated or extracted (an
 * exception, a {@link StackOverflowError}) is one rejection, and the run goes on. A store failure
 * stops the run with a {@link StoreException}; so does CoreNLP failing to load, and so do {@link
 * OutOfMemoryError} and the other {@link VirtualMachineError}s, after which nothing in the JVM can
 * be trusted.
 */
final class IngestPipeline {
  /** Inputs the writer keeps in the report; the listener hears of every one. */
  static final int KEPT_REJECTIONS = 10_000;

  // How often a waiting writer asks whether the run is to stop.
  private static final long LOOK_EVERY_MS = 100;
  // How long a stopped run waits for its reader to leave the store.
  private static final long READER_PATIENCE_MS = 30_000;

  private final Destination destination;
  private final IngestOptions options;
  private int droppedFacts;
  private final boolean force;
  private final IngestListener listener;
  private final Annotator annotator;
  private final ArticleWriter writer;
  private final List<Rejection> rejections = new ArrayList<>();
  private int rejected;
  private int added;
  private int replaced;
  private int unchanged;

  IngestPipeline(
      Destination destination,
      IngestOptions options,
      boolean force,
      IngestListener listener,
      Annotator annotator,
      ShapesCheck shapes) {
    this.destination = destination;
    this.options = options;
    this.force = force;
    this.listener = listener;
    this.annotator = annotator;
    this.writer = new ArticleWriter(destination, shapes);
  }

  /** Runs {@code source} (which hands its input to a sink) through the pipeline. */
  IngestReport run(Consumer<ArticleSink> source, IngestProgress start) {
    long began = System.nanoTime();
    listener.started(start);
    BlockingQueue<IngestStep> steps = new ArrayBlockingQueue<>(2 * options.threads());
    ExecutorService nlp = Executors.newFixedThreadPool(options.threads(), daemons("parley-nlp"));
    ReadStage stage = new ReadStage(destination, options, force, annotator, steps, nlp);
    Thread reader = daemons("parley-read").newThread(() -> stage.run(source));
    reader.start();
    try {
      while (!listener.stopRequested()) {
        IngestStep step = steps.poll(LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
        if (step == null) {
          continue;
        }
        if (step instanceof IngestStep.End end) {
          if (end.failure() instanceof StoreException e) {
            throw stopped(e);
          }
          if (end.failure() != null) {
            throw rethrow(end.failure());
          }
          break;
        }
        handle(step);
        listener.progress(
            new IngestProgress(
                added + replaced,
                unchanged,
                rejected,
                start.total(),
                step.position(),
                start.bytes()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParleyException("ingest interrupted", e);
    } finally {
      // The reader reads the store: an interrupt landing in one of its reads would close the
      // store's files under everyone. It stops at its next article or step instead.
      stage.stop();
      try {
        reader.join(READER_PATIENCE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      nlp.shutdownNow(); // CoreNLP's threads do not touch the store
    }
    if (added + replaced > 0) {
      stopOnFailure(destination::wrote);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    return new IngestReport(
        added,
        replaced,
        unchanged,
        rejected,
        rejections,
        destination.size(),
        seconds,
        droppedFacts);
  }

  // --- The writer: the thread that called run

  private void handle(IngestStep step) throws InterruptedException {
    if (step instanceof IngestStep.Rejected r) {
      reject(r.rejection());
    } else if (step instanceof IngestStep.Unchanged u) {
      u.movedTo()
          .ifPresent(key -> stopOnFailure(() -> destination.recordSource(u.articleIri(), key)));
      unchanged++;
    } else if (step instanceof IngestStep.Annotating a) {
      Optional<AnnotatedText> annotated = await(a);
      if (annotated.isEmpty()) {
        return;
      }
      ArticleWriter.Graphs graphs;
      try {
        graphs = writer.graphs(a.article(), annotated.get(), a.fingerprint());
      } catch (RuntimeException | StackOverflowError e) {
        reject(new Rejection(a.article().source(), describe("extraction failed", e)));
        return;
      }
      for (FactGuard.Dropped d : graphs.dropped()) {
        droppedFacts++;
        listener.factDropped(a.article().source(), d.fact(), d.reason());
      }
      stopOnFailure(() -> writer.write(a.article(), graphs, a.sourceKey()));
      if (a.existed()) {
        replaced++;
      } else {
        added++;
      }
    }
  }

  private Optional<AnnotatedText> await(IngestStep.Annotating a) throws InterruptedException {
    try {
      while (true) {
        try {
          return Optional.of(a.annotation().get(LOOK_EVERY_MS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          if (listener.stopRequested()) {
            return Optional.empty(); // not rejected: the run ends before this article
          }
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (isFatal(cause)) {
        throw rethrow(cause);
      }
      reject(new Rejection(a.article().source(), describe("CoreNLP failed", cause)));
      return Optional.empty();
    }
  }

  private void reject(Rejection r) {
    rejected++;
    if (rejections.size() < KEPT_REJECTIONS) {
      rejections.add(r);
    }
    listener.rejected(r);
  }

  // A store that fails once would fail every article after: stop, and say how far the run got.
  private void stopOnFailure(Runnable write) {
    try {
      write.run();
    } catch (StoreException e) {
      throw stopped(e);
    }
  }

  private StoreException stopped(StoreException e) {
    return new StoreException(
        e.getMessage()
            + "; ingest stopped after storing "
            + (added + replaced)
            + " articles, each whole (run it again once the store is fixed)",
        e);
  }

  static String describe(String what, Throwable t) {
    if (t instanceof ParleyException) {
      return t.getMessage();
    }
    if (t instanceof StackOverflowError) {
      return what + ": stack overflow (the input nests or repeats too deeply)";
    }
    String message = String.valueOf(t).lines().findFirst().orElse("");
    return what + ": " + (message.length() > 200 ? message.substring(0, 197) + "..." : message);
  }

  // What no article causes: CoreNLP that cannot load, a class missing, a JVM out of memory.
  static boolean isFatal(Throwable t) {
    return t instanceof Annotator.Unavailable
        || t instanceof LinkageError
        || (t instanceof VirtualMachineError && !(t instanceof StackOverflowError));
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      return e;
    }
    return new ParleyException("ingest failed: " + t, t);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
