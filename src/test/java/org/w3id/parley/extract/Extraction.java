package org.w3id.parley.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.NlpPipeline;

/** An invented article's facts through the real CoreNLP pipeline and extractor, for the tests. */
public final class Extraction {
  private Extraction() {}

  /** The facts of {@code text} published on {@code published}, with no earlier articles. */
  public static ArticleFacts of(String text, LocalDate published) {
    Article a = new Article("test", published, Optional.empty(), Optional.empty(), text, "test");
    return new Extractor(Gazetteer.bundled())
        .extract(a, NlpPipeline.shared().annotate(text, published, FactSentences.SELECTOR));
  }
}
