package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's NER tags a company's short name as a person ("Dart said …" in an article about Dart
 * Group Corp); when the article names the company in full, the short name is the company, so "its"
 * and "Dart said" find it. A one-word name tagged both ways, with no longer company name, stays
 * what the persons say it is.
 */
class CompanyTaggedAsPersonIT {
  private static final LocalDate DAY = LocalDate.of(1987, 3, 20);

  @Test
  void theShortNameOfACompanyNamedInFullIsThatCompany() {
    String text =
        "Dart Group Corp said it remains interested in acquiring Supermarkets General Corp on a"
            + " friendly basis. Dart said it tried to negotiate a transaction at a meeting with"
            + " Supermarkets General on March 18. Dart said it would not raise its offer.";
    assertEquals(List.of(), EntityLabels.labels(text, DAY, EntityKind.PERSON));
    assertEquals(
        List.of("Dart Group Corp", "Supermarkets General Corp"),
        EntityLabels.labels(text, DAY, EntityKind.ORGANIZATION));
  }

  @Test
  void aFullNameWithTheWordKeepsItAPerson() {
    String text =
        "Ford Motor Co said sales rose in March. Henry Ford, a descendant of the founder, said the"
            + " company would hire. Ford said the plant would open in May.";
    assertEquals(List.of("Henry Ford"), EntityLabels.labels(text, DAY, EntityKind.PERSON));
  }

  @Test
  void aCompanyWhoseFirstWordNerLeftOutIsWholeAndItsShortNameIsIt() {
    // NER tags "IV Industries Inc" an organisation, and "Mark IV" alone a person
    String text =
        "Mark IV Industries Inc, which has said it is mulling a bid to seek control of Baird Corp,"
            + " said it has no present plans to acquire more stock. In a filing with the Securities"
            + " and Exchange Commission, Mark IV said its top officials told Baird executives at a"
            + " March 17 meeting that it would hold its stake.";
    assertEquals(List.of(), EntityLabels.labels(text, DAY, EntityKind.PERSON));
    assertEquals(
        List.of("Baird Corp", "Mark IV Industries Inc", "Securities and Exchange Commission"),
        EntityLabels.labels(text, DAY, EntityKind.ORGANIZATION));
  }
}
