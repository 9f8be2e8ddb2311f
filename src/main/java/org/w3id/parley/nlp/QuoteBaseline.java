package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline Parley is measured against: CoreNLP's own quote annotator with its default pipeline
 * ({@code tokenize, ssplit, pos, lemma, ner, depparse, coref, quote}). Loads a second, heavier
 * pipeline (about 40 s and 1.5 GB); only {@code parley eval statements --baseline} uses it.
 *
 * <pre>{@code
 * List<BaselineQuote> quotes = new QuoteBaseline().quotes(text, date);
 * }</pre>
 */
public final class QuoteBaseline {
  private final StanfordCoreNLP corenlp;

  public QuoteBaseline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    try {
      corenlp = new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      throw new NlpException("cannot load CoreNLP's quote pipeline: " + e, e);
    }
  }

  /** The quotes CoreNLP finds in a text, with the speakers it attributes. */
  public List<BaselineQuote> quotes(String text, LocalDate published) {
    CoreDocument doc = new CoreDocument(text);
    doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    try {
      corenlp.annotate(doc);
    } catch (RuntimeException e) {
      throw new NlpException("CoreNLP's quote pipeline failed: " + e, e);
    }
    List<BaselineQuote> out = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Optional<Pair<Integer, Integer>> sp = q.speakerCharOffsets();
      out.add(
          new BaselineQuote(
              at.first(),
              at.second(),
              sp.map(Pair::first),
              sp.map(Pair::second),
              q.speaker().orElse(""),
              q.canonicalSpeaker().orElse("")));
    }
    return out;
  }
}
