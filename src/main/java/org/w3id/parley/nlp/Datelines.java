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

  private static final String PLACE =
      "[ \\t]*[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*"
          + "(?:, [A-Z][A-Za-z.'’\\-]+(?: [A-Z][A-Za-z.'’\\-]+)*)*";
  private static final String DATE =
      ",? (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}";
  private static final String AGENCY = " \\([A-Za-z .&]+\\)";

  /** A place written in title case, which only an agency in brackets marks as a dateline. */
  private static final String TITLE_PLACE = "[ \\t]*[A-Z][a-z]+(?: [A-Z][a-z]+)*";

  private static final String DASH = "( (?:-|--|—|–) )";

  // An upper-case place, optional region, date and agency in brackets, then a dash between
  // spaces, at the start of a line ("Washington (AFP) –" in title case only with the agency); after
  // a title's full stop on the same line ("Title.  DALLAS
  // (AP) — …") only with a date or an agency, so "… went well. NATO - a topic" is left alone.
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^"
              + PLACE
              + "(?:"
              + DATE
              + ")?(?:"
              + AGENCY
              + ")?"
              + DASH
              + "|(?<=[.!?]\\s{1,3})"
              + PLACE
              + "(?:(?:"
              + DATE
              + ")(?:"
              + AGENCY
              + ")?|"
              + AGENCY
              + ")"
              + DASH
              + "|(?m)^"
              + TITLE_PLACE
              + AGENCY
              + DASH);

  private Datelines() {}

  /** The text with the dash of its dateline, if it has one, turned into a paragraph break. */
  static String mask(String text) {
    Matcher m = DATELINE.matcher(text);
    m.region(0, Math.min(text.length(), WINDOW));
    if (!m.find()) {
      return text;
    }
    int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
    String dash = m.group(g);
    StringBuilder b = new StringBuilder(text);
    String blank = "\n\n" + " ".repeat(dash.length() - 2);
    b.replace(m.start(g), m.end(g), blank);
    return b.toString();
  }
}
