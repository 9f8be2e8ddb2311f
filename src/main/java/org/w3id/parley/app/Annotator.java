package org.w3id.parley.app;

import java.time.LocalDate;
import org.w3id.parley.ParleyException;
import org.w3id.parley.extract.FactSentences;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.NlpPipeline;

/**
 * What the ingest pipeline asks of NLP: CoreNLP's shared pipeline, unless a test wraps it to make
 * one article fail the way CoreNLP can (an exception, a stack overflow, running out of memory).
 */
@FunctionalInterface
interface Annotator {
  /** CoreNLP; a pipeline that cannot load is {@link Unavailable}, not a fault of the article. */
  Annotator CORENLP =
      (text, published) -> pipeline().annotate(text, published, FactSentences.SELECTOR);

  AnnotatedText annotate(String text, LocalDate published);

  private static NlpPipeline pipeline() {
    try {
      return NlpPipeline.shared();
    } catch (RuntimeException e) {
      throw new Unavailable(e);
    }
  }

  /** CoreNLP cannot run at all: every article would fail the same way, so the run stops. */
  final class Unavailable extends ParleyException {
    private static final long serialVersionUID = 1L;

    Unavailable(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
