package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Storms are named like people, and CoreNLP's NER tags the name alone as a person's ("Humberto is
 * expected to weaken"); a name the article gives a storm ("Hurricane Humberto") is no person
 * anywhere in it (`storm-words.txt`).
 */
class StormNamesIT {
  private static List<String> persons(String text) {
    return EntityLabels.labels(text, LocalDate.of(2019, 9, 19), EntityKind.PERSON);
  }

  @Test
  void aNameTheArticleGivesAStormIsNoPerson() {
    assertEquals(
        List.of("Maria Lopez"),
        persons(
            "Hurricane Humberto strengthened on Wednesday while approaching Bermuda. Humberto is"
                + " expected to weaken by Friday, forecaster Maria Lopez said."));
  }
}
