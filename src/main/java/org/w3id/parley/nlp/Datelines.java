package org.w3id.parley.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-story datelines ("KAMPALA, March 3 - A World Bank team …", "DALLAS (AP) — Democratic …")
 * read by the parser as part of the first sentence, which then loses its subject to the city. The
 * dash after a dateline near the start of the text becomes a paragraph break of the same length
 * before CoreNLP sees the text, so the dateline is a sentence of its own and every offset still
 * points into the original text.
 */
final class Datelines {
  /** Where a dateline may start: the text's first 400 characters. */
  private static final int WINDOW = 400;

  // An upper-case place (two or more capitals), optional region and date, optional agency in
  // brackets, then a dash between spaces; at the start of a line or after a title's full stop.
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)(?:^|(?<=[.!?]\\s{1,3}))[ \\t]*[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*"
              + "(?:, [A-Z][A-Za-z.'’\\-]+(?: [A-Z][A-Za-z.'’\\-]+)*)*"
              + "(?:,? (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?"
              + "(?: \\([A-Za-z .&]+\\))?"
              + "( (?:-|--|—|–) )");

  private Datelines() {}

  /** The text with the dash of its dateline, if it has one, turned into a paragraph break. */
  static String mask(String text) {
    Matcher m = DATELINE.matcher(text);
    m.region(0, Math.min(text.length(), WINDOW));
    if (!m.find()) {
      return text;
    }
    String dash = m.group(1);
    StringBuilder b = new StringBuilder(text);
    String blank = "\n\n" + " ".repeat(dash.length() - 2);
    b.replace(m.start(1), m.end(1), blank);
    return b.toString();
  }
}
