package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname of several words ("De Croo", "Santos Alvite", "van der Vorm") used alone after the full
 * name, or before it, is the same person: one node, not a second person whose first name is "De".
 */
class SurnameOfSeveralWordsIT {
  private static List<String> persons(String text) {
    return EntityLabels.labels(text, LocalDate.of(2020, 3, 3), EntityKind.PERSON);
  }

  @Test
  void theSurnameAloneAfterTheFullNameIsThatPerson() {
    assertEquals(
        List.of("Herman De Croo", "Pieter van der Vorm"),
        persons(
            "Belgian minister Herman De Croo arrived in Washington on Monday. De Croo said the tax"
                + " on fats was unfair. Union leader Pieter van der Vorm agreed, and Van der Vorm"
                + " said talks would go on."));
  }

  @Test
  void aDoubleSurnameBeforeTheFullNameJoinsItToo() {
    assertEquals(
        List.of("Fernando Santos Alvite"),
        persons(
            "Santos Alvite signed the loan in Caracas. Ecuador's deputy energy minister, Fernando"
                + " Santos Alvite, said repayments begin in August."));
  }

  @Test
  void twoPeopleWhoShareOnlyTheLastWordStayTwo() {
    assertEquals(
        List.of("Hunter Biden", "Joe Biden"),
        persons("Joe Biden spoke in Ohio on Tuesday. His son Hunter Biden was not there."));
  }

  @Test
  void aNameWithParticlesIsWholeWhereNerSplitsIt() {
    // NER tags "Miguel de" a person and "la Madrid" an organisation
    assertEquals(
        List.of("Alan Garcia", "Miguel de la Madrid"),
        persons(
            "Despite their different approaches to debt, Garcia and Mexican President Miguel de la"
                + " Madrid issued a joint declaration yesterday. Peruvian President Alan Garcia"
                + " flew home."));
  }
}
