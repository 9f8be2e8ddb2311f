package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Debates and appearances whose sentence does not name both sides through the meeting noun, on
 * invented articles through the real CoreNLP pipeline: the clause names the debaters, or the
 * article does elsewhere; a speaker at a party's convention is at the convention.
 */
class DebatesIT {
  @Test
  void aDatedDebateTakesTheDebatersTheArticleNamesForItsOtherDebate() {
    String text =
        "Maria Lopez and John Carter met for a televised debate in Denver on Wednesday.\n\n"
            + "In last Sunday's debate in Boston, the questions were mostly about taxes.";
    assertEquals(
        List.of(set("John Carter", "Maria Lopez"), set("John Carter", "Maria Lopez")),
        meetings(text));
  }

  @Test
  void theClauseAroundADebateNamesItsDebaters() {
    String text =
        "Maria Lopez campaigned in Ohio on Monday.\n\n"
            + "Her attack on John Carter in last Sunday's debate was called unfair by the"
            + " newspapers.";
    assertEquals(List.of(set("John Carter", "Maria Lopez")), meetings(text));
  }

  @Test
  void aDebateOverAnIssueIsNoEncounter() {
    String text =
        "Maria Lopez and John Carter met for a televised debate in Denver on Wednesday.\n\n"
            + "The debate over taxes has divided voters for years.";
    assertEquals(List.of(set("John Carter", "Maria Lopez")), meetings(text));
  }

  @Test
  void whichOfSeveralPairsADebateIsTheWordsDoNotSay() {
    String text =
        "Maria Lopez and John Carter met for a televised debate in Denver on Monday.\n\n"
            + "Peter Smith and Anna Jones met for a televised debate in Austin on Tuesday.\n\n"
            + "Wednesday's debate was watched by fewer people.";
    assertEquals(
        List.of(set("John Carter", "Maria Lopez"), set("Anna Jones", "Peter Smith")),
        meetings(text));
  }

  @Test
  void aSpeakerAtAPartysConventionIsAtTheConvention() {
    assertEquals(
        List.of(set("Al Gore", "Democratic Party")),
        meetings(
            "Former Vice President Al Gore was a featured speaker at the Democratic National"
                + " Convention in 2008."));
  }

  @Test
  void aSpacedDashPartsTwoDebatersButNotADoubleSurname() {
    assertEquals(
        List.of(set("Clinton", "Trump"), set("Jennifer Shanklin-Hawkins", "Maria Lopez")),
        meetings(
            "A live audience of about 1,000 people gathered to watch the first Clinton - Trump"
                + " debate .\n\nJennifer Shanklin-Hawkins met Maria Lopez in Boston on Monday."));
  }

  @Test
  void aSpeechAtANamedGatheringIsAtIt() {
    assertEquals(
        List.of(set("Chris Christie", "Sunshine Summit")),
        meetings(
            "Governor Chris Christie gave a speech at the Sunshine Summit in Orlando on"
                + " Saturday."));
  }

  @Test
  void aNounSetBesideTheDebateNamesItsDebaters() {
    assertEquals(
        List.of(set("Anna Kraus", "Maria Lopez")),
        meetings(
            "MSNBC aired the fifth presidential debate on Thursday night, a showdown between former"
                + " senator Maria Lopez and Gov. Anna Kraus of Ohio."));
  }

  @Test
  void debatesInGeneralAreNoEncounter() {
    assertEquals(
        List.of(),
        meetings("Debates between Maria Lopez and Anna Kraus have rarely focused on schools."));
    assertEquals(
        List.of(set("Anna Kraus", "Maria Lopez")),
        meetings("Their debates between Maria Lopez and Anna Kraus drew large audiences."));
  }

  @Test
  void whoeverIsChallengedToADebateHasOnePlanned() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        MeetingLabels.statuses(
            "Ted Cruz challenged Donald Trump to a one-on-one debate before Monday's caucus."));
    assertEquals(
        List.of(set("Donald Trump", "Ted Cruz")),
        meetings(
            "Ted Cruz challenged Donald Trump to a one-on-one debate before Monday's caucus."));
  }

  @Test
  void theDebateAgainIsTheOneDebateWithEveryoneItsClausesPutOnStage() {
    String text =
        "Maria Lopez and John Carter entered the debate in Denver atop the polls.\n\n"
            + "Anna Kraus refused to join the earlier debate that included Paul Ross and Eva"
            + " Stone.\n\n"
            + "Voters watched closely.\n\n"
            + "Hans Weber and Victor Lang entered the debate with a lead in the polls.";
    assertEquals(
        List.of(
            set("Hans Weber", "John Carter", "Maria Lopez", "Victor Lang"),
            set("Anna Kraus", "Eva Stone", "Paul Ross")),
        meetings(text));
  }

  @Test
  void whomUnnamedCandidatesAttackInADebateIsNotOnTheStage() {
    assertEquals(
        List.of(),
        meetings(
            "The leading Republican candidates for president Thursday lashed out at President"
                + " Maria Lopez and his would-be Democratic successor, John Carter, in a debate"
                + " that threatened to make or break some of their campaigns.\n\n"
                + "The rivals criticized Anna Kraus during the debate."));
  }

  @Test
  void aDebateSomeoneBoycottsIsNotCancelledForThoseWhoDebated() {
    String text =
        "The debate between Maria Lopez and John Carter grew so heated that Anna Kraus"
            + " laughed.\n\n"
            + "A dozen candidates squared off, but the front-runner stood by his plan to boycott"
            + " the debate and sponsor a separate event.";
    assertEquals(List.of(set("John Carter", "Maria Lopez")), meetings(text));
    assertEquals(List.of(MeetingStatus.HELD), MeetingLabels.statuses(text));
  }

  @Test
  void whoeverTakesTheStageAtSomeonesRallyMeetsThem() {
    assertEquals(
        List.of(set("Donald Trump", "Jeff Sessions")),
        meetings("On Sunday, Jeff Sessions appeared at a Donald Trump rally in Alabama."));
    assertEquals(
        List.of(set("Anna Kraus", "Maria Lopez")),
        meetings(
            "Maria Lopez won the primary.\n\n"
                + "Senator Anna Kraus spoke at a Lopez rally in Madison on Sunday."));
    assertEquals(
        List.of(), meetings("Betsy Sharp attended a Donald Trump rally in South Carolina."));
  }
}
