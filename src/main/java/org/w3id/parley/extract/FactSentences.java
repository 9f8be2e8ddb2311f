package org.w3id.parley.extract;

import java.util.BitSet;
import java.util.List;
import org.w3id.parley.extract.meeting.MeetingExtractor;
import org.w3id.parley.extract.statement.QuoteFinder;
import org.w3id.parley.extract.statement.SpeechCues;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.ParseSelector;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * The sentences a fact can come from, chosen before the parse so that CoreNLP parses (and reads
 * times in) only those: sentences with quoted words, a speech cue ({@link SpeechCues}) or a meeting
 * word ({@link MeetingExtractor#mayReport}); and, when such a sentence has a pronoun, the sentence
 * before it, whose subject "he said" or "she met" may refer to. On news this is about 60-75% of the
 * sentences; the facts are the ones a full parse gives (measured on Wikinews and Reuters: see the
 * README's Performance section).
 *
 * <pre>{@code
 * NlpPipeline.shared().annotate(text, published, FactSentences.SELECTOR);
 * }</pre>
 */
public final class FactSentences implements ParseSelector {
  /** The selector the extractor needs. */
  public static final ParseSelector SELECTOR = new FactSentences();

  private FactSentences() {}

  @Override
  public BitSet select(String text, List<Sentence> sentences) {
    List<Span> quotes = QuoteFinder.find(text);
    BitSet chosen = new BitSet();
    for (Sentence s : sentences) {
      boolean quoted = quotes.stream().anyMatch(q -> q.begin() < s.end() && s.begin() < q.end());
      if (quoted || SpeechCues.in(s) || MeetingExtractor.mayReport(s)) {
        chosen.set(s.index());
        if (s.index() > 0 && s.tokens().stream().anyMatch(t -> t.pos().startsWith("PRP"))) {
          chosen.set(s.index() - 1);
        }
      } else if (describes(s.tokens())) {
        chosen.set(s.index());
      }
    }
    return chosen;
  }

  /**
   * Whether a sentence may say what a person or organisation is, which the article's later "the
   * candidate said" needs (entity.Descriptions): a common noun right before the name ("candidate
   * Howie Hawkins"), a comma beside it ("Hawkins, the Green candidate"), or a form of "be".
   */
  private static boolean describes(List<Token> tokens) {
    boolean named = false;
    boolean be = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      be |= t.lemma().equals("be");
      if (!t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")) {
        continue;
      }
      named = true;
      Token before = i > 0 ? tokens.get(i - 1) : null;
      Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (before != null && before.ner().equals("O") && before.pos().startsWith("NN")
          || before != null && before.text().equals(",")
          || after != null && after.text().equals(",")) {
        return true;
      }
    }
    return named && be;
  }
}
