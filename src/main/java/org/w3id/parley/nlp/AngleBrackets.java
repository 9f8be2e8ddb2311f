package org.w3id.parley.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters' angle brackets: a company without a listing is written in them ("{@code <Quintette Coals
 * Ltd> of Canada}") and a listed one is followed by its ticker ("{@code Sterling Drug Inc <STY>}").
 * CoreNLP's tokenizer reads either as one token of markup, so the company was no name at all and
 * the ticker split a name from the phrase it belongs to ("acquired by Sterling Drug Inc <STY>" lost
 * its agent). Before CoreNLP sees the text, the brackets around a name become spaces, and so does a
 * ticker after a name, unless a capitalised word follows (in a headline the ticker is what ends the
 * name; parentheses instead made NER misread "Mark IV Industries Inc (IV)"); every offset still
 * points into the original text, which keeps its brackets.
 *
 * <pre>{@code
 * AngleBrackets.mask("<Owl Inc> said")          // " Owl Inc  said"
 * AngleBrackets.mask("by Bolt Inc <BOLT.O>.")   // "by Bolt Inc         ."
 * }</pre>
 */
final class AngleBrackets {
  /**
   * A bracketed run of up to 80 characters on one line that starts and ends with a letter or digit
   * (not "3 < 4 and 5 > 2"), and the word before it on its line (not another bracketed run).
   */
  private static final Pattern BRACKETED =
      Pattern.compile("([^\\s<>]*)( *)<([\\p{L}\\p{N}](?:[^<>\\n]{0,78}[\\p{L}\\p{N}.])?)>");

  /** A ticker: capitals, digits and dots, no spaces ("STY", "HFBF.O", "WLUK.L"). */
  private static final Pattern TICKER = Pattern.compile("[A-Z0-9][A-Z0-9.]{0,11}");

  private AngleBrackets() {}

  static String mask(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      String before = m.group(1);
      boolean afterName =
          !before.isEmpty()
              && !m.group(2).isEmpty()
              && (Character.isUpperCase(before.codePointAt(0)) || before.endsWith(")"));
      int open = m.start(3) - 1;
      int close = m.end(3);
      if (afterName && TICKER.matcher(m.group(3)).matches()) {
        if (!beforeCapital(text, close + 1)) {
          b.replace(open, close + 1, " ".repeat(close + 1 - open));
        }
      } else {
        b.setCharAt(open, ' ');
        b.setCharAt(close, ' ');
      }
    }
    return b.toString();
  }

  /**
   * Whether the next word starts with a capital: a ticker in a headline ("HUGHES TOOL <HT> BOARD
   * APPROVES PACT") stays as it is, one token that ends the name before it, where blanks would join
   * the name to the next word.
   */
  private static boolean beforeCapital(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > from && i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
