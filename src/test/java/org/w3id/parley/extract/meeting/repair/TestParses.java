package org.w3id.parley.extract.meeting.repair;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.nlp.Token;

/** Sentences as CoreNLP parsed them, written out for the repair tests. */
final class TestParses {
  private TestParses() {}

  /** Tokens of "word/POS/NER" items, offsets made up from the words. */
  static List<Token> tokens(String... items) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : items) {
      String[] p = item.split("/");
      out.add(
          new Token(out.size(), at, at + p[0].length(), p[0], p[0].toLowerCase(), p[1], p[2], ""));
      at += p[0].length() + 1;
    }
    return out;
  }
}
