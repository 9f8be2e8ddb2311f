package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;
import static org.w3id.parley.extract.meeting.MeetingLabels.statuses;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * Whether a meeting was held or is to come, on invented sentences through the real CoreNLP pipeline
 * (articles published Monday 2 May 2016): what is arranged is planned, a meeting dated after its
 * article is not held yet, and a journey after a meeting is not one to its party.
 */
class MeetingStatusIT {
  @Test
  void beWithAnInfinitiveArrangesAMeeting() {
    assertEquals(
        List.of(MeetingStatus.PLANNED), statuses("Maria Lopez is to meet Hans Weber in Berlin."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("After the vote, Maria Lopez was to fly to Madrid for talks with Hans Weber."));
    // the measure of the meetings is what is to be held
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Maria Lopez is to hold two days of meetings with Hans Weber."));
    assertEquals(List.of(MeetingStatus.HELD), statuses("Maria Lopez met Hans Weber in Berlin."));
  }

  @Test
  void aBareVerbJoinedToAFutureOneSharesItsAuxiliary() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Hans Weber will fly to Paris on Monday and hold talks with Maria Lopez."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Hans Weber rejected the remarks but will meet Maria Lopez."));
  }

  @Test
  void aHeadlinesToIsItsFuture() {
    assertEquals(
        List.of(MeetingStatus.PLANNED), statuses("G-7 OFFICIALS TO MEET IN SARDINIA THIS WEEK"));
  }

  @Test
  void aMeetingTheArticleLaterDatesAfterItsDayIsPlanned() {
    // The first report, with no day, reads as held; the second gives tomorrow.
    String text =
        "The dollar fell as the market squared positions ahead of the crucial Group of Seven"
            + " meeting, dealers said. People are waiting to see if anything new comes from the"
            + " meeting tomorrow, said one dealer.";
    assertEquals(List.of(MeetingStatus.PLANNED), statuses(text));
    assertEquals(List.of(set("Group of Seven")), meetings(text, LocalDate.of(2016, 5, 2)));
  }

  @Test
  void whatIsRejectedAtAMeetingIsNotTheMeeting() {
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses(
            "The proposal was rejected at a meeting of the Acme Corp board today, officials"
                + " said."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("The meeting of Maria Lopez and Hans Weber was cancelled on Friday."));
  }

  @Test
  void aPlannedMeetingCalledOffLaterIsCancelled() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses(
            "Maria Lopez had hoped to meet Hans Weber in Paris, but the meeting was called off."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses(
            "Maria Lopez was to meet Hans Weber in Paris on Friday. The meeting was called off on"
                + " Thursday."));
    // put off to another day, not called off
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses(
            "Acme Corp will hold its annual meeting on June 22. The meeting had been postponed from"
                + " its original date of May 14."));
  }

  @Test
  void aMeetingSomeoneNeedsIsPlanned() {
    assertEquals(
        List.of(MeetingStatus.PLANNED), statuses("Maria Lopez needs to meet Hans Weber soon."));
  }

  @Test
  void aMeetingSomeoneIsWillingOrReadyToHoldIsPlanned() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Senator Maria Lopez expressed a willingness to take a meeting with Hans Weber."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Maria Lopez said she was ready to meet Hans Weber."));
  }

  @Test
  void aJourneyAfterAMeetingIsNotAVisitForIt() {
    assertEquals(List.of(), meetings("After the summit, Maria Lopez flew to Mexico."));
    assertEquals(List.of(), meetings("After the debate, Maria Lopez flew to Berlin."));
    assertEquals(
        List.of(set("Maria Lopez", "Mexico")), meetings("Maria Lopez flew to Mexico for talks."));
  }

  @Test
  void theDayOfTheReportingClauseIsNotTheMeetingsDay() {
    // Published Thursday 10 December 2015: Wednesday is when the officials spoke.
    String text =
        "Spanish Prime Minister Maria Lopez will meet with Hans Weber when the German front-runner"
            + " arrives in Spain later this month, Spanish officials said Wednesday.";
    List<Meeting> found = Extraction.of(text, LocalDate.of(2015, 12, 10)).meetings();
    assertEquals(1, found.size());
    assertEquals(MeetingStatus.PLANNED, found.get(0).status());
    assertEquals(Optional.empty(), found.get(0).date());
  }

  @Test
  void aMeetingWhoseRelativeClauseComesFirstIsStillCancelledByItsVerb() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses(
            "The commission announced on Friday the second debate between Senator Ann Lee and"
                + " Governor Tom Hale, which was slated for October 15, has been cancelled, citing"
                + " safety concerns."));
  }

  @Test
  void aMeetingCalledForIsProposedAndOneNotSpokenOfIsNotCancelled() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses(
            "Budget director Maria Lopez called for a top-level negotiation between the White House"
                + " and Congress on a budget compromise."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses(
            "Acme Corp and Bolt Inc both said they remained interested in a settlement, but declined"
                + " to say whether any negotiations were scheduled between the two companies.\n\n"
                + "Acme Corp declined to say whether talks with Bolt Inc were scheduled."));
  }

  @Test
  void aMeetingBeforeWhatWasDoneAfterItWasHeldAndOneLookedForwardToIsPlanned() {
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses(
            "In Chicago, after meeting with the Rev. Ann Lee and other church leaders, Senator Tom"
                + " Hale proposed new federal rules that would end strict school policies."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Russ Feingold looks forward to campaigning with Hillary Clinton in Wisconsin."));
  }

  @Test
  void whatAMeetingDoesDoesNotCancelIt() {
    // The parser makes the debate the subject of "declining" too.
    List<MeetingStatus> found =
        statuses(
            "If October's Democratic debate between Hillary Clinton and Martin O'Malley represented"
                + " Clinton's escape from a summer of scandal and declining poll numbers, Saturday's"
                + " represented the downside of front-runner status.");
    assertEquals(1, found.size(), found::toString);
    assertNotEquals(MeetingStatus.CANCELLED, found.get(0));
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses(
            "Jeb Bush went after Donald Trump at the debate refusing to recant earlier remarks."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Maria Lopez cancelled her trip to Berlin for talks with Hans Weber."));
  }

  @Test
  void aCancellingVerbBesideTheMeetingVerbDoesNotCancelIt() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses(
            "Maria Lopez rejects Hans Weber's remarks about migrants but will meet with him."));
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses("Maria Lopez rejected a proposal to meet with Hans Weber."));
  }

  @Test
  void aMeetingPlannedAndThenRejectedIsOneCancelledMeeting() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        statuses(
            "Hans Weber had said he would debate Maria Lopez. On Monday, Lopez rejected a proposal"
                + " for one final debate with Weber."));
  }

  @Test
  void whatIsDemandedAtAMeetingDoesNotPlanIt() {
    assertEquals(
        List.of(MeetingStatus.HELD),
        statuses("In a meeting with Hans Weber, Maria Lopez demanded an apology."));
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        statuses("Maria Lopez will speak at a meeting with Hans Weber."));
  }
}
