package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityKind;

/**
 * Which side a word stands for, on invented articles through the real CoreNLP pipeline: a
 * candidate's aides or campaign are the campaign, not the candidate, a body's aides are the body,
 * and "they" is the pair the sentence before named.
 */
class MeetingSidesIT {
  @Test
  void weInADirectQuoteIsTheSpeakersSide() {
    assertEquals(
        List.of(set("Iran", "State Department")),
        meetings("\"We held talks with Iran last week,\" the State Department said."));
    assertEquals(
        List.of(set("Anna Kraus", "China")),
        meetings(
            "\"We met with the Chinese delegation on Tuesday,\" Trade Minister Anna Kraus said."));
  }

  @Test
  void aPromiseToMeetPlansAMeeting() {
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        MeetingLabels.statuses("\"Joe Smith promised to meet with us,\" Maria Lopez said."));
  }

  @Test
  void aCandidatesAidesAndCampaignAreTheCampaign() {
    String text =
        "Rep. Chris Collins said he met with Donald Trump aides on Thursday.\n\n"
            + "A White House official said there were discussions between the White House and the"
            + " Bernie Sanders campaign.";
    assertEquals(
        List.of(
            set("Chris Collins", "Donald Trump campaign"),
            set("Bernie Sanders campaign", "White House")),
        meetings(text));
  }

  @Test
  void aCandidateAndTheirOwnCampaignAreOneSide() {
    assertEquals(
        List.of(), meetings("Hillary Clinton met with her campaign staff in Brooklyn on Monday."));
  }

  @Test
  void aBodysAidesAreTheBody() {
    assertEquals(
        List.of(set("Tom Hill", "White House")),
        meetings("Senator Tom Hill met White House aides on Monday."));
    assertEquals(
        List.of(set("Acme Corp", "Carly Fiorina")),
        meetings("Carly Fiorina called half a dozen Acme Corp directors on Sunday."));
  }

  @Test
  void aPartyThatHoldsADebateIsNoDebaterHoweverItIsNamed() {
    assertEquals(
        List.of(),
        meetings(
            "At the Democratic Party's final presidential debate, Joe Biden announced his plan to"
                + " choose a woman as his running mate."));
  }

  @Test
  void aNameGivenInNewswireQuotesIsNoCall() {
    assertEquals(
        List.of(),
        meetings(
            "Paul Ryan leads a national campaign - one he calls ''Confident America'' - but not"
                + " for president."));
  }

  @Test
  void theyAreThePairTheSentenceBeforeNamesAsItsSubject() {
    String text =
        "John Smith and Peter Jones arrived in Geneva on Monday. They met for three hours.\n\n"
            + "Mary Brown arrived in Vienna on Tuesday. They met for two hours.";
    assertEquals(List.of(set("John Smith", "Peter Jones")), meetings(text));
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnClause() {
    assertEquals(
        List.of(set("Donald Trump", "Kelly Ayotte")),
        meetings(
            "Kelly Ayotte says she will vote for Donald Trump, but she will campaign with him in"
                + " New Hampshire next week."));
  }

  @Test
  void whoPraisesAVisitIsNotOnIt() {
    assertEquals(
        List.of(),
        meetings("Phyllis Schlafly praised Donald Trump's surprise visit to the museum."));
  }

  @Test
  void whoActsDuringAVisitMeetsTheVisitor() {
    assertEquals(
        List.of(set("Barack Obama", "Erdogan")),
        meetings(
            "During Barack Obama's visit to Turkey this week, President Erdogan"
                + " repeated his request for an extradition."));
  }

  @Test
  void whoActsInTimeForAVisitIsNotOnIt() {
    assertEquals(
        List.of(set("US", "Yasuhiro Nakasone")),
        meetings(
            "Prime Minister Yasuhiro Nakasone said he had instructed his Liberal Democratic Party"
                + " to prepare its own economic package in time for his one-week visit to"
                + " Washington starting on April 29."));
  }

  @Test
  void byPhoneWithIsACallAndANewsMediumsPersonIsAJournalist() {
    // A phone call has two ends: one call with each leader (SeparateMeetingsIT).
    assertEquals(
        List.of(set("France", "Barack Obama"), set("Brazil", "Barack Obama")),
        meetings(
            "Barack Obama was weighing in by phone with the leaders of France and Brazil.\n\n"
                + "\"Show me somebody who is always right,\" Ben Carson told ABC's George"
                + " Stephanopoulos by phone."));
  }

  @Test
  void callingSomeoneNamesIsNoCall() {
    assertEquals(
        List.of(),
        meetings("Donald Trump blasted Tarla Makaeff on Monday, calling her a horrible witness."));
  }

  @Test
  void aNameACountryOwnsIsAnOrganisationButATitleIsNot() {
    String text =
        "Talks were held in Oslo last week between Finland's Outokumpu and Norway's Hydro on"
            + " nickel prices.\n\nSpain's King Juan Carlos opened the conference.";
    assertEquals(List.of(set("Hydro", "Outokumpu")), meetings(text));
    assertEquals(
        List.of("Hydro", "Outokumpu"),
        Extraction.of(text, LocalDate.of(1987, 4, 5)).entities().stream()
            .filter(e -> e.ref().kind() == EntityKind.ORGANIZATION)
            .map(Entity::label)
            .sorted()
            .toList());
  }

  @Test
  void whoIsJoinedBySomeoneMeetsThemButJoiningAStanceOrABoardIsNoMeeting() {
    assertEquals(
        List.of(set("Bill Nelson", "Hillary Clinton"), set("Mike Pence", "Ted Cruz")),
        meetings(
            "Hillary Clinton was joined by Sen. Bill Nelson at the makeshift memorial outside the"
                + " club.\n\nSenator Ted Cruz joined Governor Mike Pence at a rally in Indianapolis"
                + " on Tuesday.\n\nSenator Ann Lee joined Governor Tom Hill in criticizing the"
                + " plan.\n\nJohn Smith joined the board of Acme Corp in 2010.\n\nKaren Bass"
                + " emerged as a contender, joining Senator Kamala Harris as a potential"
                + " candidate."));
  }

  @Test
  void theTwoFirmsAreTheLastTwoNamedBackFromThemThoughOneWasNamedAloneSince() {
    String text =
        "Acme Corp and Bolt Inc held talks in Lima last week.\n\n"
            + "The price is close to production costs, a statement by Acme Corp said.\n\n"
            + "Prices have fallen for two years.\n\n"
            + "Traders expect little change.\n\n"
            + "Other producers would join in when the two firms meet again in Madrid later this"
            + " month.";
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc"), set("Acme Corp", "Bolt Inc")), meetings(text));
    // the pair named sentences before is no word of the last meeting's evidence
    Extraction.of(text, LocalDate.of(1987, 4, 5)).meetings().stream()
        .flatMap(m -> m.evidence().stream())
        .forEach(
            e ->
                assertFalse(
                    text.substring(e.sentence().begin(), e.sentence().end()).contains("\n"),
                    e.toString()));
  }
}
