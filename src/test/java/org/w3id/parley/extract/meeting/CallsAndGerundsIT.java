package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * Calls made to talk, told apart from calls on someone to act, and a meeting verb read as a noun,
 * on invented sentences through the real CoreNLP pipeline.
 */
class CallsAndGerundsIT {
  @Test
  void aCallToDiscussIsACallEvenWhenTheParserTakesItsDayForAParticle() {
    String text = "Maria Lopez called Hans Weber on Tuesday to discuss the crisis.";
    assertEquals(List.of(set("Hans Weber", "Maria Lopez")), meetings(text));
    assertEquals(
        MeetingMode.CALL, Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().get(0).mode());
  }

  @Test
  void aCallOnSomeoneToActOrOneOnlyToBeToldIsNoMeeting() {
    assertEquals(List.of(), meetings("Maria Lopez called on Hans Weber to resign."));
    assertEquals(
        List.of(),
        meetings("Maria Lopez said she called Hans Weber only to be told that he was away."));
  }

  @Test
  void afterMeetingWithSomeoneIsAMeetingOfTheClausesSubject() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Maria Lopez told reporters after meeting with Hans Weber that the talks went well."));
  }
}
