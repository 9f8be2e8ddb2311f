package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leader's visit to a country meets the leader the article names for it ({@code leaders.tsv}); a
 * visitor who leads nothing, or a country with two leaders named, leaves the visit with the country
 * alone.
 */
class StateVisitsIT {
  @Test
  void aLeadersVisitMeetsTheVisitedCountrysNamedLeader() {
    String text =
        "Turkish President Recep Tayyip Erdogan criticised the United States on Monday.\n\n"
            + "U.S. Vice President Joe Biden was apologetic when he visited Ankara this week.";
    assertEquals(List.of(set("Joe Biden", "Recep Tayyip Erdogan", "Türkiye")), meetings(text));
  }

  @Test
  void aMinistersVisitDoesNotMeetTheLeader() {
    String text =
        "Turkish President Recep Tayyip Erdogan criticised the United States on Monday.\n\n"
            + "U.S. Trade Representative Carla Hills visited Ankara this week.";
    assertEquals(List.of(set("Carla Hills", "Türkiye")), meetings(text));
  }

  @Test
  void twoLeadersOfTheCountryLeaveTheVisitWithTheCountry() {
    String text =
        "Turkish President Recep Tayyip Erdogan and Turkish Prime Minister Binali Yildirim"
            + " criticised the United States on Monday.\n\n"
            + "U.S. Vice President Joe Biden was apologetic when he visited Ankara this week.";
    assertEquals(List.of(set("Joe Biden", "Türkiye")), meetings(text));
  }

  @Test
  void aCapitalBeforeTheVisitNounIsWhereTo() {
    // the country a capital stands for has no mention of its own (the label helper shows its key;
    // the graph describes it from the gazetteer)
    assertEquals(
        List.of(set("RU", "Barack Obama")),
        meetings(
            "President Barack Obama's Moscow visit was cancelled on Tuesday.",
            java.time.LocalDate.of(2013, 8, 8)));
  }

  @Test
  void hereIsTheDatelinesCapital() {
    // "here" in a story filed from a capital is that capital, which stands for its country
    assertEquals(
        List.of(set("VE", "Pedro Alvarez")),
        meetings(
            "CARACAS, March 10 - Ecuador's deputy energy minister Pedro Alvarez arrived here last"
                + " night for talks on further assistance to his country's oil industry."));
    assertEquals(
        List.of(set("JP", "Hans Weber")),
        meetings("TOKYO, March 3 - German Finance Minister Hans Weber will visit here next week."));
    assertEquals(
        List.of(set("United Kingdom", "Hans Weber")),
        meetings(
            "LONDON, March 3 - Officials said the visit here by Hans Weber went well. Britain"
                + " welcomed it."));
  }

  @Test
  void aVisitIsTheMeetingItsSentenceNamesItWith() {
    // one encounter: the talks with the named person, not a second meeting with the country
    assertEquals(
        List.of(set("Maria Lopez", "Hans Weber")),
        meetings(
            "Prime Minister Hans Weber will make an official visit to France from April 29 and hold"
                + " talks in Paris with President Maria Lopez."));
    assertEquals(
        List.of(set("France", "Hans Weber"), set("Maria Lopez", "Hans Weber")),
        meetings("Hans Weber visited France on Monday. He met Maria Lopez in Paris."));
  }

  @Test
  void countriesOnOneItineraryMeetOnlyANamedVisitor() {
    assertEquals(
        List.of(),
        meetings(
            "The bill would require teams within six months to visit seven countries: Mexico,"
                + " the Philippines, Indonesia, India, Bangladesh, Senegal and Nigeria."));
    assertEquals(
        List.of(set("Mexico", "Peru", "Chile", "Hans Weber")),
        meetings("President Hans Weber will visit Mexico, Peru and Chile next month."));
  }

  @Test
  void hereWithoutADatelineOrOutsideACapitalIsNoHost() {
    assertEquals(
        List.of(),
        meetings("German Finance Minister Hans Weber arrived here last night for talks."));
    assertEquals(
        List.of(),
        meetings(
            "HOUSTON, March 3 - German Finance Minister Hans Weber arrived here last night for"
                + " talks."));
  }

  @Test
  void aLeaderInTheirOwnCountryVisitsNoOne() {
    // "his" may be Netanyahu's to the parser; a trip home is no visit to a government
    assertEquals(
        List.of(),
        meetings(
            "Israeli Prime Minister Benjamin Netanyahu and other Israeli leaders shunned Jimmy"
                + " Carter during his recent trips to Israel."));
  }

  @Test
  void aPluralBeforeACommaIsNoOnesTitle() {
    // "South Korean leaders, Weber": Weber does not lead South Korea, so his talks there stand
    assertEquals(
        List.of(set("Hans Weber", "South Korea")),
        meetings(
            "U.S. Commerce Secretary Hans Weber praised South Korea's new trade policies on"
                + " Tuesday. In a press conference after talks with South Korean leaders, Weber"
                + " called the plan a very important step."));
  }
}
