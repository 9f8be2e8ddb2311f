package org.w3id.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ExtractionException;
import org.w3id.parley.extract.meeting.MeetingWords;

class WordListTest {
  @Test
  void pairsKeepFileOrderAndSkipComments() {
    Map<String, String> m = WordList.pairs(WordListTest.class, "kinds.tsv");
    assertEquals(List.of("sell", "buy", "lease"), List.copyOf(m.keySet()));
    assertEquals("-", m.get("buy"));
  }

  @Test
  void ofKindSelectsBySecondColumn() {
    assertEquals(
        Set.of("sell", "lease"), WordList.ofKind(WordListTest.class, "kinds.tsv", "hands-over"));
  }

  @Test
  void aRowWithoutItsSecondColumnNamesFileAndLine() {
    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> WordList.pairs(WordListTest.class, "ragged.tsv"));
    assertTrue(e.getMessage().contains("ragged.tsv line 2"), e.getMessage());
  }

  @Test
  void bundledLexiconsMarkTheirKinds() {
    assertEquals(
        Set.of("sell", "license", "lease"),
        WordList.ofKind(MeetingWords.class, "deal-verbs.tsv", "hands-over"));
    assertEquals(
        Set.of("tell", "brief", "assure", "inform", "warn"),
        WordList.ofKind(MeetingWords.class, "addressing-verbs.tsv", "clause"));
  }
}
