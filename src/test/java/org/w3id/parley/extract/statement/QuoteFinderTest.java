package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static List<String> quotes(String text) {
    return QuoteFinder.find(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void curlyQuotesLoseTheirTrailingComma() {
    assertEquals(List.of("We agree"), quotes("“We agree,” he said."));
  }

  @Test
  void straightQuotesPairUp() {
    assertEquals(List.of("one two", "three"), quotes("He said \"one two\" and \"three\"."));
  }

  @Test
  void twoApostrophesMarkAQuote() {
    assertEquals(
        List.of("We will win", "It's done"),
        quotes("''We will win,'' she said. ''It's done'' he added."));
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraph() {
    assertEquals(
        List.of("First part.", "Second part"), quotes("“First part.\n\n“Second part,” he said."));
  }

  @Test
  void interruptedQuoteGivesTwoSpans() {
    assertEquals(
        List.of("If it works", "we will sign."),
        quotes("“If it works,” Lavrov said, “we will sign.”"));
  }

  @Test
  void anOpeningMarkTypedAfterTheLastCommaClosesTheQuote() {
    assertEquals(
        List.of("The reality is that we lost", "But we go on."),
        quotes("“The reality is that we lost,“ said Jim Clyburn. “But we go on.”"));
  }

  @Test
  void curlyAndStraightMarksMixedInOneQuotePairUp() {
    assertEquals(
        List.of("We are going to win", "You are the best."),
        quotes("“We are going to win,\" Trump said. \"You are the best.” He left."));
  }
}
