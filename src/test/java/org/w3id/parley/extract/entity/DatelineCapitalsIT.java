package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dateline writes its city in capitals ("BONN, March 15 -"); it is the city the gazetteer spells
 * "Bonn", the same place the article names again in lower case, not a place of its own.
 */
class DatelineCapitalsIT {
  @Test
  void aCityInCapitalsIsTheGazetteersCity() {
    assertEquals(
        List.of("Bonn"),
        EntityLabels.labels(
            "BONN, March 15 - The commissioners will pay a two-day visit to Bonn next month.",
            LocalDate.of(1987, 3, 15),
            EntityKind.PLACE));
  }
}
