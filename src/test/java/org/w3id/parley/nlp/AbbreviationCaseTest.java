package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AbbreviationCaseTest {
  @Test
  void aFunctionWordAfterTheAbbreviationGetsItsSmallLetterBack() {
    String text =
        "talks between senior U.S. And EC officials; the U.K. Has agreed, the U.S. Had not";
    String masked = AbbreviationCase.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals(
        "talks between senior U.S. and EC officials; the U.K. has agreed, the U.S. had not",
        masked);
  }

  @Test
  void aNameOrASentenceAfterTheAbbreviationStays() {
    for (String text :
        new String[] {
          "the U.S. Trade Representative",
          "sold to the U.S. The deal closed",
          "U.S. Andean policy",
          "AUS. And",
          "Japan And the U.S."
        }) {
      assertEquals(text, AbbreviationCase.mask(text));
    }
  }
}
