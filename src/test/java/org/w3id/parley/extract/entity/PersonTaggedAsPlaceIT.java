package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's NER may tag a person's full name as a place in one sentence ("With Merrick Garland,
 * President Obama …", Garland being a city in Texas) and the surname as a person's in most others:
 * the majority wins, and the full name is the person's. A name the article tags as a place as often
 * as a person's stays a place.
 */
class PersonTaggedAsPlaceIT {
  private static List<String> labels(String text, EntityKind kind) {
    return EntityLabels.labels(text, LocalDate.of(2016, 3, 18), kind);
  }

  @Test
  void aFullNameTaggedAsAPlaceIsThePersonTheSurnameNamesMostOften() {
    String text =
        "With Merrick Garland, President Obama made the safe choice for the Supreme Court."
            + " Garland looks dead on arrival. Garland is 63. Obama praised Garland's record."
            + " Senator Chuck Grassley spoke with Garland on Tuesday.";
    assertEquals(List.of(), labels(text, EntityKind.PLACE));
    assertEquals(
        List.of("Chuck Grassley", "Merrick Garland", "Obama"), labels(text, EntityKind.PERSON));
  }
}
