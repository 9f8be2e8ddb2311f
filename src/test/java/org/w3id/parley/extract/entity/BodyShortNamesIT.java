package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body news writes by another name ({@code body-names.tsv}) is one node under its own name: "the
 * Fed" is the Federal Reserve, in an article that spells it out and in one that does not.
 */
class BodyShortNamesIT {
  private static final LocalDate DAY = LocalDate.of(2016, 7, 27);

  @Test
  void theFedIsTheFederalReserve() {
    assertEquals(
        List.of("Federal Reserve"),
        EntityLabels.labels(
            "The Federal Reserve is expected to keep interest rates low. The Fed will announce its"
                + " decision on Wednesday.",
            DAY,
            EntityKind.ORGANIZATION));
    assertEquals(
        List.of("Federal Reserve"),
        EntityLabels.labels(
            "The Fed will announce its decision on Wednesday.", DAY, EntityKind.ORGANIZATION));
  }
}
