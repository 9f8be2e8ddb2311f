package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.text.Span;

/**
 * Finds quoted passages: curly “…” pairs, straight "…" pairs, and ''…'' (two apostrophes for each
 * mark, as some news archives write them). A quote left open at the end of a paragraph ends there
 * (news style continues a long quote in the next paragraph with a new opening mark). Spans exclude
 * the marks.
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  public static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      boolean doubled = c == '\'' && text.startsWith("''", i);
      if (open >= 0 && paragraphEnd) {
        add(out, text, open, i);
        open = -1;
      } else if (doubled && (open < 0 || opener == '\'')) {
        // ''…'': two apostrophes for a quotation mark, as some archives (the NYT's) write them
        if (open >= 0) {
          add(out, text, open, i);
          open = -1;
        } else {
          open = i + 2;
          opener = '\'';
        }
        i++;
      } else if ((c == '“' || c == '"') && open >= 0 && opener == '“' && closesLikeEnd(text, i)) {
        // “…,“ said Jim Clyburn and “…," Trump said: a typed closing mark of the wrong kind still
        // closes
        add(out, text, open, i);
        open = -1;
      } else if (c == '“'
          || (c == '"' && open < 0)
          || (c == '«' && open < 0)
          || (c == '”' && open < 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1))))) {
        if (open >= 0 && (opener == '“' || opener == '”')) {
          add(out, text, open, i);
        }
        open = i + 1;
        opener = c;
      } else if (open >= 0
          && ((c == '”' && (opener == '“' || opener == '”' || opener == '"'))
              || (c == '"' && opener == '"')
              || (c == '»' && opener == '«'))) {
        add(out, text, open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      add(out, text, open, text.length());
    }
    return out;
  }

  /**
   * Whether the mark at i sits where only a closing mark can: right after the quote's last
   * punctuation and before a space or the end of the line.
   */
  private static boolean closesLikeEnd(String text, int i) {
    boolean afterPunct = i > 0 && ",.!?".indexOf(text.charAt(i - 1)) >= 0;
    boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    return afterPunct && beforeSpace;
  }

  private static void add(List<Span> out, String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > b) {
      out.add(new Span(b, e));
    }
  }

  /** Words in a span, to tell a real quote from a scare-quoted word. */
  static int words(String text, Span s) {
    String inner = s.of(text).strip();
    return inner.isEmpty() ? 0 : inner.split("\\s+").length;
  }
}
