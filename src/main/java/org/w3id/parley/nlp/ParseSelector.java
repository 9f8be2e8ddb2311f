package org.w3id.parley.nlp;

import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of an article get CoreNLP's two costly steps: the dependency parse (half of
 * CoreNLP's time on news) and SUTime's time expressions (a quarter). A sentence no fact can come
 * from needs neither, so the caller that knows where facts come from (the extractor) chooses, from
 * the sentences' tokens, lemmas, tags and names, which are all there before the parse.
 *
 * <pre>{@code
 * AnnotatedText a = NlpPipeline.shared().annotate(text, published, extractorsSelector);
 * }</pre>
 */
@FunctionalInterface
public interface ParseSelector {
  /** Every sentence parsed and timed: what CoreNLP's own pipeline does. */
  ParseSelector ALL =
      (text, sentences) -> {
        BitSet all = new BitSet();
        all.set(0, sentences.size());
        return all;
      };

  /**
   * Chooses the sentences to parse and read time expressions in.
   *
   * @param text the article text
   * @param sentences the article's sentences, tokens tagged and named, with no dependencies yet
   * @return the indexes of the chosen sentences
   */
  BitSet select(String text, List<Sentence> sentences);
}
