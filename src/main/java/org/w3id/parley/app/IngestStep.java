package org.w3id.parley.app;

import java.util.Optional;
import java.util.concurrent.Future;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.AnnotatedText;

/**
 * What the reader hands the writer, in input order, through the pipeline's bounded queue. Each step
 * carries the input bytes read up to it, for progress.
 */
sealed interface IngestStep {
  long position();

  /** An input that did not become an article. */
  record Rejected(Rejection rejection, long position) implements IngestStep {}

  /** An article the store already has; {@code movedTo} is its new source key, if it moved. */
  record Unchanged(String articleIri, Optional<String> movedTo, long position)
      implements IngestStep {}

  /** An article being annotated, to extract and write once its annotation is done. */
  record Annotating(
      Article article,
      String fingerprint,
      boolean existed,
      Optional<String> sourceKey,
      Future<AnnotatedText> annotation,
      long position)
      implements IngestStep {}

  /** The end of the input, or the failure that ended reading early. */
  record End(Throwable failure, long position) implements IngestStep {}
}
