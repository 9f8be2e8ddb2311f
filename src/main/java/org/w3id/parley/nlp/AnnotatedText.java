package org.w3id.parley.nlp;

import java.util.List;

/**
 * CoreNLP's analysis of one article, in Parley's own types, so that no other package depends on
 * CoreNLP.
 *
 * @param text the article text the offsets point into
 * @param sentences sentences in order
 * @param times time expressions in order
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<TimeExpression> times)
    implements java.io.Serializable {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    times = List.copyOf(times);
  }

  /** The sentence that contains the character offset, or the last one that starts before it. */
  public Sentence sentenceAt(int offset) {
    Sentence best = sentences.get(0);
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    return best;
  }
}
