package org.w3id.parley.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function word capitalised after "U.S." or "U.K." in the middle of a sentence. Reuters' items
 * were recased from capitals, and the recasing took the abbreviation's last full stop for the end
 * of a sentence: "talks between senior U.S. And European Community officials", "the U.S. Had not
 * asked". The parser reads the capitalised word as part of a name and loses the sentence ("U.S.
 * And" left the talks with no sides). Before CoreNLP sees the text, such a word gets its small
 * letter back; only words that never start a sentence after a country's abbreviation or belong to a
 * name are touched ("And", "Has", "To", not "The", "It" or "Trade"), and the text keeps its length,
 * so every offset still points into the original.
 *
 * <pre>{@code
 * AbbreviationCase.mask("the U.S. And Japan")   // "the U.S. and Japan"
 * AbbreviationCase.mask("the U.S. Trade gap")   // unchanged
 * }</pre>
 */
final class AbbreviationCase {
  private static final Pattern AFTER =
      Pattern.compile(
          "\\bU\\.[SK]\\. ("
              + "And|Or|Nor|To|Of|For|On|At|By|With|From|As|Into|Against|Than|"
              + "Has|Have|Had|Is|Are|Was|Were|Will|Would|Could|Should|May|Might|Can|Must|"
              + "Did|Does|Do|Be|Been|Also|Said|Says)\\b");

  private AbbreviationCase() {}

  static String mask(String text) {
    if (!text.contains("U.")) {
      return text;
    }
    Matcher m = AFTER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    do {
      int first = m.start(1);
      b.setCharAt(first, Character.toLowerCase(text.charAt(first)));
    } while (m.find());
    return b.toString();
  }
}
