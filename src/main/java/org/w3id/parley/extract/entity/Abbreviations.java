package org.w3id.parley.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * The abbreviations an article introduces for organisations: "the Syrian Democratic Forces (SDF)",
 * "the Recording Industry Association of America (RIAA)". The full name is the organisation's
 * label, the abbreviation one of its other names, wherever it stands in the article (a headline may
 * use it before the text spells it out).
 */
final class Abbreviations {
  private static final int MIN_LENGTH = 2;
  private static final int MAX_LENGTH = 8;

  private Abbreviations() {}

  /**
   * Abbreviation to full name, for every "Full Name (ABBR)" whose full name NER calls an
   * organisation.
   */
  static Map<String, String> find(AnnotatedText text) {
    Map<String, String> out = new HashMap<>();
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 2; i + 1 < t.size(); i++) {
        String abbr = t.get(i).text();
        if (!isAbbreviation(abbr)
            || !t.get(i - 1).text().equals("(")
            || !t.get(i + 1).text().equals(")")) {
          continue;
        }
        int last = i - 2;
        int first = last;
        while (first > 0 && t.get(first - 1).ner().equals("ORGANIZATION")) {
          first--;
        }
        while (first <= last && t.get(first).lemma().equals("the")) {
          first++;
        }
        if (first > last || !t.get(last).ner().equals("ORGANIZATION")) {
          continue;
        }
        String full = text.text().substring(t.get(first).begin(), t.get(last).end());
        if (initial(full) == abbr.charAt(0)) {
          out.putIfAbsent(abbr, full.replaceAll("\\s+", " "));
        }
      }
    }
    return out;
  }

  /** Whether a word is written as an abbreviation: "IMF", "HP", "P&G". */
  static boolean isAbbreviation(String w) {
    return w.length() >= MIN_LENGTH && w.length() <= MAX_LENGTH && w.matches("[A-Z][A-Z&]*[A-Z]");
  }

  private static char initial(String name) {
    return name.toUpperCase(Locale.ROOT).charAt(0);
  }
}
