package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;
import static org.w3id.parley.extract.meeting.MeetingLabels.statuses;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A negated meeting word on invented sentences through the real CoreNLP pipeline: one that did not
 * happen is no meeting, one someone will not hold was refused, one not yet held is to come.
 */
class MeetingNegationIT {
  /** The article has one meeting, of that status. */
  private static void assertStatus(MeetingStatus status, String text) {
    assertEquals(List.of(status), statuses(text), text);
  }

  @Test
  void noPlansOrNoNeedForAMeetingIsNone() {
    assertEquals(
        List.of(),
        meetings(
            "The oil minister said there were no plans for an emergency OPEC meeting to review"
                + " prices."));
    assertEquals(
        List.of(), meetings("He reiterated that there was no need for an emergency OPEC meeting."));
    assertEquals(List.of(), meetings("Maria Lopez has no plans to meet Hans Weber."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez made plans for a meeting with Hans Weber."));
  }

  @Test
  void aMeetingThatDidNotHappenIsNone() {
    assertEquals(List.of(), meetings("Maria Lopez did not meet Hans Weber on Tuesday."));
    assertEquals(List.of(), meetings("Maria Lopez has never met Hans Weber."));
    assertEquals(List.of(), meetings("No talks were held between Maria Lopez and Hans Weber."));
    assertEquals(List.of(), meetings("Maria Lopez did not attend the meeting with Hans Weber."));
    assertEquals(
        List.of(),
        meetings(
            "Tom Hale did not need to meet with a Mexican to determine what is good for"
                + " Americans."));
  }

  @Test
  void whoWasNotAtAMeetingWasNotInIt() {
    assertEquals(
        List.of(), meetings("Maria Lopez was not at the summit of American leaders on Wednesday."));
    assertEquals(List.of(), meetings("Maria Lopez is not in talks with Hans Weber."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez is in talks with Hans Weber."));
    assertStatus(MeetingStatus.CANCELLED, "Hans Weber will not be at the summit with Maria Lopez.");
  }

  @Test
  void oneSomeoneWillNotHoldOrDoesNotPlanWasRefused() {
    assertStatus(
        MeetingStatus.CANCELLED, "Maria Lopez would not discuss the deal with Hans Weber.");
    assertStatus(MeetingStatus.CANCELLED, "Maria Lopez does not plan to meet Hans Weber.");
  }

  @Test
  void oneSomeoneVowsOrDecidesNotToHoldWasRefused() {
    assertStatus(
        MeetingStatus.CANCELLED, "Hans Weber vowed not to meet Maria Lopez until she apologizes.");
    assertStatus(
        MeetingStatus.CANCELLED, "Hans Weber decided not to attend the meeting with Maria Lopez.");
    assertStatus(
        MeetingStatus.CANCELLED,
        "Hans Weber vows not to take Maria Lopez's calls until she apologizes.");
    assertEquals(List.of(), meetings("Hans Weber did not return Maria Lopez's calls."));
  }

  @Test
  void oneNotYetHeldIsPlanned() {
    assertStatus(MeetingStatus.PLANNED, "Maria Lopez has not yet met Hans Weber.");
  }

  @Test
  void aNegationOfSomethingElseLeavesTheMeeting() {
    assertStatus(
        MeetingStatus.HELD, "The talks between Maria Lopez and Hans Weber did not produce a deal.");
    assertStatus(MeetingStatus.HELD, "Maria Lopez met Hans Weber but did not discuss the deal.");
  }

  @Test
  void partiesWhoWillNotDiscussSomethingDeclinedToCommentAndMetNoOne() {
    assertEquals(
        List.of(), meetings("Spokesmen for Acme Corp and Bolt Inc would not discuss the talks."));
  }

  @Test
  void aMeetingPutOffToATimeIsStillPlannedAndOnePutOffIndefinitelyCancelled() {
    assertStatus(
        MeetingStatus.PLANNED,
        "Maria Lopez postponed her meeting with Hans Weber until next month.");
    assertStatus(
        MeetingStatus.CANCELLED, "Maria Lopez postponed her meeting with Hans Weber indefinitely.");
    assertStatus(
        MeetingStatus.CANCELLED, "The summit between Maria Lopez and Hans Weber was postponed.");
  }

  @Test
  void anInvitationToMeetIsAPlannedMeetingWithWhoeverInvitedOrAccepted() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber has invited Maria Lopez to visit Berlin."));
    assertStatus(MeetingStatus.PLANNED, "Hans Weber has invited Maria Lopez to visit Berlin.");
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez accepted an invitation to meet Hans Weber."));
    assertStatus(MeetingStatus.PLANNED, "Maria Lopez accepted an invitation to meet Hans Weber.");
  }
}
