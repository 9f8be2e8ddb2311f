package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's NER tags a lone surname before a noun as an organisation ("a Trump rally"); when the
 * article names that person in full, the word is the person, not a second node called "Trump".
 */
class SurnameTaggedAsOrganizationIT {
  private static List<String> labels(String text, EntityKind kind) {
    return EntityLabels.labels(text, LocalDate.of(2015, 11, 23), kind);
  }

  private static final String TEXT =
      "Donald Trump spoke in Ohio on Friday. At a Trump rally in Birmingham, Alabama, on Saturday,"
          + " some of his supporters kicked and punched a protester, with Trump reportedly yelling.";

  @Test
  void theSurnameOfAPersonNamedInFullIsThatPerson() {
    assertEquals(List.of(), labels(TEXT, EntityKind.ORGANIZATION));
    assertEquals(List.of("Donald Trump"), labels(TEXT, EntityKind.PERSON));
  }
}
