package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * A negated meeting word on invented sentences through the real CoreNLP pipeline: one that did not
 * happen is no meeting, one someone will not hold was refused, one not yet held is to come.
 */
class MeetingNegationIT {
  private static List<MeetingStatus> statuses(String text) {
    return Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().stream()
        .map(Meeting::status)
        .toList();
  }

  @Test
  void aMeetingThatDidNotHappenIsNone() {
    assertEquals(List.of(), meetings("Maria Lopez did not meet Hans Weber on Tuesday."));
    assertEquals(List.of(), meetings("Maria Lopez has never met Hans Weber."));
    assertEquals(List.of(), meetings("No talks were held between Maria Lopez and Hans Weber."));
    assertEquals(List.of(), meetings("Maria Lopez did not attend the meeting with Hans Weber."));
  }

  @Test
  void oneSomeoneWillNotHoldOrDoesNotPlanWasRefused() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Maria Lopez would not discuss the deal with Hans Weber."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Maria Lopez does not plan to meet Hans Weber."));
  }

  @Test
  void oneSomeoneVowsOrDecidesNotToHoldWasRefused() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Hans Weber vowed not to meet Maria Lopez until she apologizes."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Hans Weber decided not to attend the meeting with Maria Lopez."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Hans Weber vows not to take Maria Lopez's calls until she apologizes."));
    assertEquals(List.of(), meetings("Hans Weber did not return Maria Lopez's calls."));
  }

  @Test
  void oneNotYetHeldIsPlanned() {
    assertEquals(
        List.of(MeetingStatus.PLANNED), statuses("Maria Lopez has not yet met Hans Weber."));
  }

  @Test
  void aNegationOfSomethingElseLeavesTheMeeting() {
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses("The talks between Maria Lopez and Hans Weber did not produce a deal."));
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses("Maria Lopez met Hans Weber but did not discuss the deal."));
  }

  @Test
  void partiesWhoWillNotDiscussSomethingDeclinedToCommentAndMetNoOne() {
    assertEquals(
        List.of(), meetings("Spokesmen for Acme Corp and Bolt Inc would not discuss the talks."));
  }

  @Test
  void aMeetingPutOffToATimeIsStillPlannedAndOnePutOffIndefinitelyCancelled() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Maria Lopez postponed her meeting with Hans Weber until next month."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Maria Lopez postponed her meeting with Hans Weber indefinitely."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("The summit between Maria Lopez and Hans Weber was postponed."));
  }

  @Test
  void anInvitationToMeetIsAPlannedMeetingWithWhoeverInvitedOrAccepted() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber has invited Maria Lopez to visit Berlin."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Hans Weber has invited Maria Lopez to visit Berlin."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez accepted an invitation to meet Hans Weber."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Maria Lopez accepted an invitation to meet Hans Weber."));
  }
}
