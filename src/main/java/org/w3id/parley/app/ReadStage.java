package org.w3id.parley.app;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleSink;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.rdf.Iris;

/**
 * The reader's side of the pipeline, on its own thread: each article read is checked (its length,
 * whether the store has it unchanged, whether the store has its id from another file) and, if it is
 * to be written, handed to CoreNLP; every input becomes one {@link IngestStep} on the queue, which
 * blocks when full. A failure here that is not about one input (the store's) ends reading and goes
 * to the writer in the last step.
 */
final class ReadStage implements ArticleSink {
  /** Thrown when the writer has stopped and no one takes the steps. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the writer stopped", null, false, false);
    }
  }

  // How often a reader waiting for room in the queue looks whether the writer stopped.
  private static final long LOOK_EVERY_MS = 100;

  private final Destination destination;
  private final IngestOptions options;
  private final boolean force;
  private final Annotator annotator;
  private final BlockingQueue<IngestStep> steps;
  private final ExecutorService nlp;
  private long position;
  private volatile boolean stopped;

  ReadStage(
      Destination destination,
      IngestOptions options,
      boolean force,
      Annotator annotator,
      BlockingQueue<IngestStep> steps,
      ExecutorService nlp) {
    this.destination = destination;
    this.options = options;
    this.force = force;
    this.annotator = annotator;
    this.steps = steps;
    this.nlp = nlp;
  }

  /** Reads {@code source} to its end, then puts the last step. */
  void run(Consumer<ArticleSink> source) {
    Throwable failure = null;
    try {
      source.accept(this);
    } catch (Stopped e) {
      return; // the writer stopped first and needs no last step
    } catch (Throwable t) {
      failure = t;
    }
    try {
      offer(new IngestStep.End(failure, position));
    } catch (Stopped e) {
      // The writer stopped meanwhile and takes no last step.
    }
  }

  /**
   * Tells the reader the writer has stopped: it puts no more steps and ends before it reads the
   * next article. It is never interrupted, since it reads the store.
   */
  void stop() {
    stopped = true;
  }

  @Override
  public void rejected(Rejection rejection, long position) {
    put(new IngestStep.Rejected(rejection, position));
  }

  @Override
  public void article(Article a, Optional<String> origin, long position) {
    if (stopped) {
      throw new Stopped();
    }
    String iri = Iris.article(a.id());
    Admission admission = Admission.of(a, origin, destination.stored(iri), options, force);
    if (admission instanceof Admission.Refused r) {
      reject(a, r.message(), position);
    } else if (admission instanceof Admission.Unchanged u) {
      put(new IngestStep.Unchanged(iri, u.movedTo(), position));
    } else if (admission instanceof Admission.Extract e) {
      Future<AnnotatedText> annotation =
          nlp.submit(() -> annotator.annotate(a.text(), a.published()));
      put(
          new IngestStep.Annotating(
              a, e.fingerprint(), e.existed(), e.sourceKey(), annotation, position));
    }
  }

  private void reject(Article a, String message, long position) {
    put(new IngestStep.Rejected(new Rejection(a.source(), message), position));
  }

  private void put(IngestStep step) {
    position = step.position();
    offer(step);
  }

  // Waits for room in the queue until the writer takes the step or stops.
  private void offer(IngestStep step) {
    try {
      while (!steps.offer(step, LOOK_EVERY_MS, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }
}
