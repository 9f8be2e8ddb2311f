package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * Storms are named like people, and CoreNLP's NER tags the name alone as a person's ("Humberto is
 * expected to weaken"); a name the article gives a storm ("Hurricane Humberto") is no person
 * anywhere in it (`storm-words.txt`).
 */
class StormNamesIT {
  private static List<String> persons(String text) {
    return Extraction.of(text, LocalDate.of(2019, 9, 19)).entities().stream()
        .filter(e -> e.ref().kind() == EntityKind.PERSON)
        .map(Entity::label)
        .sorted()
        .toList();
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
