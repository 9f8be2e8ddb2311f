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

  @Test
  void theGroupOfSevenIsOneBodyHoweverItIsWritten() {
    assertEquals(
        List.of("Group of Seven"),
        EntityLabels.labels(
            "The G-7 met on Monday, and the G7 finance ministers and the Group of Seven leaders"
                + " agreed.",
            DAY,
            EntityKind.ORGANIZATION));
  }

  @Test
  void anAbbreviationKnownToAllIsTheBodysFullName() {
    assertEquals(
        List.of("International Monetary Fund"),
        EntityLabels.labels(
            "The IMF met Brazil's negotiators on Monday.", DAY, EntityKind.ORGANIZATION));
    assertEquals(
        List.of("OPEC"),
        EntityLabels.labels(
            "The Organization of Petroleum Exporting Countries meets in Vienna next week.",
            DAY,
            EntityKind.ORGANIZATION));
  }

  @Test
  void aNameTheTaggerReadAsAdjectivesIsStillABody() {
    assertEquals(
        List.of("Republican Jewish Coalition"),
        EntityLabels.labels(
            "Smith was jeered last week during an appearance at the Republican Jewish Coalition.",
            DAY,
            EntityKind.ORGANIZATION));
    assertEquals(
        List.of("Shangri-La Dialogue"),
        EntityLabels.labels(
            "Carter spoke at the Shangri-La Dialogue, an annual security forum.",
            DAY,
            EntityKind.ORGANIZATION));
  }

  @Test
  void oneBodyIsOneNodeAcrossArticlesWhateverNameEachUses() {
    assertEquals(
        List.of(node("The IMF said on Monday it would lend more.")),
        List.of(node("The International Monetary Fund said on Monday it would lend more.")));
    assertEquals(
        node("G-7 finance ministers met in Paris."), node("The Group of Seven met in Paris."));
  }

  /** The IRI of the one organisation an article names, as the store writes it. */
  private static String node(String text) {
    List<Entity> orgs =
        org.w3id.parley.extract.Extraction.of(text, DAY).entities().stream()
            .filter(e -> e.ref().kind() == EntityKind.ORGANIZATION)
            .toList();
    assertEquals(1, orgs.size(), orgs::toString);
    return org.w3id.parley.rdf.Iris.entity(orgs.get(0).ref());
  }
}
