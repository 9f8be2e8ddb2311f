package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * A body's own gatherings (conventions, meetings, sessions) and who is at them, on invented
 * sentences through the real CoreNLP pipeline: the body that holds one, a named gathering that is
 * the subject of what is done to it, and a person who acts at it.
 */
class GatheringsIT {
  @Test
  void aNamedGatheringThatIsHeldOrCalledOffIsTheBodysMeeting() {
    String text = "The Republican National Convention will be held in Tampa in August.";
    assertEquals(List.of(set("Republican Party")), meetings(text));
    assertEquals(
        MeetingStatus.PLANNED,
        Extraction.of(text, LocalDate.of(2012, 5, 2)).meetings().get(0).status());
  }

  @Test
  void aBodyThatHoldsAMeetingMeets() {
    assertEquals(List.of(set("OPEC")), meetings("OPEC held a meeting in Vienna on Tuesday."));
    assertEquals(
        List.of(set("Democratic Party")),
        meetings("Democrats will hold their convention in a largely virtual format."));
  }

  @Test
  void whoActsAtAGatheringIsAtIt() {
    assertEquals(
        List.of(set("Democratic Party", "Maria Lopez")),
        meetings(
            "Senator Maria Lopez says she is ready for a floor fight at the Democratic National"
                + " Convention in Denver."));
  }

  @Test
  void aSpeechRightBeforeAGatheringIsGivenThereHoweverTheParserHangsIt() {
    assertEquals(
        List.of(set("Democratic Party", "Maria Lopez")),
        meetings(
            "The address was almost identical to parts of Maria Lopez's speech at the 2008"
                + " Democratic National Convention."));
  }

  @Test
  void talksAFirmHoldsWithAnotherStayTheirs() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp held talks with Bolt Inc on Monday."));
  }

  @Test
  void aScheduledMeetingThatWasHeldIsHeld() {
    assertEquals(
        MeetingStatus.HELD,
        Extraction.of(
                "The board of Acme Corp held a regularly scheduled meeting today.",
                LocalDate.of(1987, 3, 3))
            .meetings()
            .get(0)
            .status());
  }

  @Test
  void theTalksWereAttendedByWhoAttendedThemAndAHearingOfAPersonIsNotTheirMeeting() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("The talks, held in Oslo, were attended by Maria Lopez and Hans Weber."));
    assertEquals(
        List.of(),
        meetings(
            "Paul Ross took part in the impeachment hearings of two presidents, Maria Lopez and"
                + " Hans Weber."));
  }

  @Test
  void peopleWhoGatherWithOthersMeetThem() {
    assertEquals(
        List.of(set("Anna Berg", "Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez gathered with Hans Weber and Anna Berg at the ranch."));
  }

  @Test
  void aHearingIsALegislaturesNotTheCourtsItConfirmsFor() {
    assertEquals(
        List.of(),
        meetings(
            "With the Supreme Court confirmation hearings for Maria Lopez looming, the issue"
                + " returned."));
    assertEquals(
        List.of(set("Senate")), meetings("The Senate confirmation hearing ended on Tuesday."));
  }
}
