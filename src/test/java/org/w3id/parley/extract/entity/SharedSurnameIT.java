package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.meeting.MeetingLabels;

/**
 * Who a surname alone and a pronoun stand for when the article leaves room for doubt, through the
 * real CoreNLP pipeline, read off the meetings they take part in.
 */
class SharedSurnameIT {
  private static List<Set<String>> meetings(String text) {
    return MeetingLabels.meetings(text, LocalDate.of(2016, 3, 10));
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamedFirstWithIt() {
    String text =
        "Hillary Clinton met Bernie Sanders in Miami on Wednesday.\n\n"
            + "Her husband, former President Bill Clinton, stayed in New York.\n\n"
            + "On Thursday Clinton met Joe Biden in Boston.";
    assertEquals(
        List.of(set("Bernie Sanders", "Hillary Clinton"), set("Hillary Clinton", "Joe Biden")),
        meetings(text));
  }

  @Test
  void aPronounGoesToThePersonWhoseFirstNameAgreesOverANearerOneWhoseNameTellsNothing() {
    String text =
        "Maria Lopez campaigned in Ohio against Governor Okonkwo.\n\n"
            + "The race tightened in Michigan.\n\n"
            + "Her meeting with John Carter on Friday went well.";
    assertEquals(List.of(set("John Carter", "Maria Lopez")), meetings(text));
  }

  @Test
  void anotherFirstNameNerMissedBeforeTheSurnameIsAnotherPerson() {
    // NER tags neither word of "Naghmeh Abedini"; the surname alone would have joined her husband
    String text =
        "A year ago, Mr. Obama called Naghmeh Abedini on Sunday. Her husband, Saeed Abedini, was"
            + " free and would soon be coming home, the president told her.";
    assertEquals(List.of(set("Naghmeh Abedini", "Obama")), meetings(text));
  }

  @Test
  void aPronounAfterAQuoteIsTheMainSubjectBeforeIt() {
    // the quoted sentence is no break in the story, and a relative clause's subject ("Rubio has
    // used") is not the one the story goes on with
    String text =
        "“Who is the real con man here?” said Pat Murphy, using a term Marco Rubio has used to"
            + " describe Donald Trump, on a conference call with reporters. “Senator Rubio produced"
            + " partisan bills.”\n\nHe was joined on the call by Ilyse Hogue, president of NARAL.";
    assertEquals(List.of(set("Ilyse Hogue", "Pat Murphy")), meetings(text));
  }

  @Test
  void aNounThatDescribesAnyoneTakesUpNoOne() {
    // "a very nice person" describes Weber, but "the first person who met her" is not him
    String text =
        "Hans Weber was a very nice person, his neighbours said.\n\nMaria Lopez said the first"
            + " person who met her in Paris was an aide.";
    assertEquals(List.of(), meetings(text));
  }
}
