package org.w3id.parley.extract.meeting;

import java.util.Set;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Token;

/**
 * Whether a word stands in the quoted title of a work (a programme, a film, a website): "a video of
 * Trump on \"Meet the Press\"", "said on NBC's ''Meet the Press''", "a website known as \"Welcome
 * To Video\"". A meeting verb there names the work, not a meeting. A title is quoted and
 * title-cased: every content word between the quote marks is capitalised, and one besides the first
 * is a common word (no name) written with a capital. Quoted speech is not ("Meet me there," he
 * said; "Meet Putin," she urged), nor a quote in a headline, whose words outside the quote are
 * title-cased as well ("Trump Says \"We Will Meet Ryan\"").
 *
 * <pre>{@code
 * if (QuotedTitles.inTitle(d, trigger)) { ... }
 * }</pre>
 */
final class QuotedTitles {
  /** A quote mark, also as newswire writes it with two apostrophes or backticks (''So''). */
  private static final String QUOTE = "[\"“”'‘’]|''|``";

  /** Parts of speech a title leaves in lower case: articles, prepositions, conjunctions. */
  private static final Set<String> FUNCTION_TAGS = Set.of("DT", "IN", "CC", "TO", "POS");

  private QuotedTitles() {}

  /** Whether token k is inside a quoted, title-cased span of a sentence that is not a headline. */
  static boolean inTitle(Deps d, int k) {
    int open = k - 1;
    while (open >= 0 && !quote(d.token(open))) {
      open--;
    }
    int close = k + 1;
    while (close < d.size() && !quote(d.token(close))) {
      close++;
    }
    if (open < 0 || close >= d.size()) {
      return false;
    }
    boolean commonCapital = false;
    for (int i = open + 1; i < close; i++) {
      Token t = d.token(i);
      if (lowerContentWord(t)) {
        return false;
      }
      commonCapital |= i > open + 1 && capitalised(t) && t.ner().equals("O");
    }
    if (!commonCapital) {
      return false;
    }
    for (int i = 0; i < d.size(); i++) {
      if ((i < open || i > close) && lowerContentWord(d.token(i))) {
        return true; // the sentence around it is written in lower case: no headline
      }
    }
    return false;
  }

  private static boolean quote(Token t) {
    return !t.pos().equals("POS") && t.text().matches(QUOTE);
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().codePointAt(0));
  }

  /** A word in lower case that a title would capitalise. */
  private static boolean lowerContentWord(Token t) {
    return Character.isLowerCase(t.text().codePointAt(0))
        && !FUNCTION_TAGS.contains(t.pos())
        && t.text().chars().allMatch(Character::isLetter);
  }
}
