package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose meeting a noun names, on invented articles through the real CoreNLP pipeline: the clause's
 * subject has the meetings it arranges "with" others, not a gathering it only sends delegates to,
 * criticizes or watches, nor one that belongs to someone the article does not name; two parties'
 * conventions named together are two gatherings; a clause of time hung on the noun names none of
 * its parties, and a conference cited as a source is an organisation.
 */
class WhoseMeetingIT {
  @Test
  void whomTheSubjectArrangesCallsWithAreEachTheOtherEnd() {
    assertEquals(
        List.of(set("Joe Weber", "Maria Lopez"), set("Anna Kraus", "Joe Weber")),
        meetings(
            "Joe Weber was arranging calls with both Maria Lopez and Anna Kraus to discuss the"
                + " race."));
  }

  @Test
  void theCompanysMeetingIsTheLastCompanysNotAnExchanges() {
    // a word for a company takes up the last organisation with a company's legal form
    assertEquals(
        List.of(set("Acme Holdings PLC")),
        meetings(
            "Acme Holdings PLC said its shares will trade on the Tokyo Stock Exchange from"
                + " Monday.\n\nThe shareholders approved the listing at a special meeting following"
                + " the company's annual meeting."));
  }

  @Test
  void delegatesWonToAConventionDoNotPutTheWinnerThere() {
    assertEquals(
        List.of(set("Democratic Party")),
        meetings("Weber won 40 delegates to the Democratic convention on Tuesday."));
  }

  @Test
  void aComplementsSubjectTheParserReadAsTheSpeakersObjectIsStillTheVisitor() {
    // Parsed as said → obj mission, with "visit" a bare dependent of "said".
    assertEquals(
        List.of(set("Guyana", "World Bank")),
        meetings(
            "Finance Minister Carl Mensah spoke on Monday.\n\n"
                + "Mensah also said a World Bank mission would visit Georgetown this week to assess"
                + " prospects for a rescue plan that would enable Guyana to revive its economy."));
  }

  @Test
  void aMeetingOfSomeoneUnnamedIsNotTheSubjects() {
    assertEquals(List.of(), meetings("Senator Dan Hale praised the president's visit to Mexico."));
    assertEquals(
        List.of(set("Dan Hale", "Mexico")),
        meetings("Senator Dan Hale said his visit to Mexico was a success."));
  }

  @Test
  void twoPartiesConventionsNamedTogetherAreTwoGatherings() {
    assertEquals(
        List.of(set("Democratic Party"), set("Republican Party")),
        meetings(
            "The wedding is expected to coincide with the Republican and Democratic national"
                + " conventions in July."));
  }

  @Test
  void whoCriticizesOrWatchesAGatheringIsNotAtIt() {
    assertEquals(
        List.of(set("Democratic Party")),
        meetings(
            "Hans Weber went on to criticize the Democratic National Convention for its failure to"
                + " mention the police."));
    assertEquals(
        List.of(set("Democratic Party", "Hans Weber")),
        meetings("Hans Weber spoke at the Democratic National Convention on Tuesday."));
  }

  @Test
  void aClauseOfTimeHungOnTheNounNamesNoParty() {
    assertEquals(
        List.of(),
        meetings(
            "Hans Weber railed against the rioters during his first campaign rally since the"
                + " coronavirus pandemic fully engaged the United States, on June 20 in Tulsa,"
                + " Oklahoma."));
  }

  @Test
  void aConferenceCitedAsASourceIsAnOrganisationNotAMeeting() {
    assertEquals(
        List.of(),
        meetings(
            "According to the National Conference of State Legislatures, the next primary is"
                + " scheduled for March 3."));
  }

  @Test
  void whoeverIsInvitedToAGatheringIsItsCounterpart() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez invited Hans Weber to talks in Berlin."));
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp invited Bolt Inc for talks on a settlement."));
  }

  @Test
  void whoeverWritesAboutAVisitIsNotOnIt() {
    assertEquals(
        List.of(set("Anna Kraus", "Victor Lang")),
        meetings(
            "Ambassador Hans Weber wrote to Maria Lopez about a visit by Anna Kraus to Victor"
                + " Lang."));
  }

  @Test
  void aNounInAppositionStandsForThePersonItDescribes() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Hans Weber, a former Acme Corp director who argued with Maria Lopez at the February"
                + " conference, said the company had erred."));
  }

  @Test
  void aTalkShowCoHostIsAJournalist() {
    assertEquals(
        List.of(),
        meetings(
            "In an extended appearance on \"Morning Show,\" co-host Mika Lund asked Maria Lopez"
                + " how she would handle the deportation of everyone."));
    // the verb "host" is no title
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez will host Hans Weber in Berlin next week."));
  }

  @Test
  void whoFundsAConventionIsNotAtIt() {
    assertEquals(
        List.of(set("Green Party")),
        meetings("Acme Corp has stated it will not fund the Green Party convention this year."));
  }

  @Test
  void aGatheringCalledByANameIsNoCall() {
    assertEquals(
        List.of(),
        meetings(
            "The White House had particularly disliked the gatherings of world leaders and"
                + " business people, called the Lopez Global Initiative, that the foundation was"
                + " holding overseas."));
  }

  @Test
  void aFirmCalledByANameIsNoCallHoweverParsed() {
    assertEquals(
        List.of(),
        meetings(
            "But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that ties will"
                + " deepen."));
  }

  @Test
  void contactNeverMadeIsNoMeeting() {
    assertEquals(
        List.of(),
        meetings(
            "Lewandowski continued to assert that he never made contact with Michelle Fields."));
    assertEquals(List.of(), meetings("Maria Lopez has not paid a visit to Hans Weber."));
  }

  @Test
  void theSponsorOfAVisitIsNotTheVisitor() {
    assertEquals(
        List.of(),
        meetings(
            "The Turquoise Council was a primary sponsor of a congressional visit to Azerbaijan in"
                + " 2013."));
  }
}
