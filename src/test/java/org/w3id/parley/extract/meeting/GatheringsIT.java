package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extraction;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityRef;

/**
 * Who is at a body's gathering and whether it happens: the host of a gathering takes part ("a
 * dinner hosted by the Atlantic Council"), so does whoever was invited to speak at it (the
 * invitation does not speak) and whom the body nominates or elects there, and one who pulls out of
 * it does not attend; a gathering named again ("the convention") is the one reported before, and
 * who attends it there joins it; an unqualified convention is the party's whose convention the
 * story is about. Invented sentences, real CoreNLP.
 */
class GatheringsIT {
  private record Found(Set<String> parties, MeetingStatus status) {}

  private static List<Found> found(String text) {
    ArticleFacts f = Extraction.of(text, LocalDate.of(2016, 5, 2));
    Map<EntityRef, String> label =
        f.entities().stream().collect(Collectors.toMap(Entity::ref, Entity::label));
    return f.meetings().stream()
        .map(
            m ->
                new Found(
                    m.participants().stream()
                        .map(p -> label.getOrDefault(p, p.key()))
                        .collect(Collectors.toCollection(TreeSet::new)),
                    m.status()))
        .toList();
  }

  @Test
  void aBodyThatCallsAMeetingHoldsIt() {
    assertEquals(
        List.of(set("Coffee Federation")),
        MeetingLabels.meetings("The Coffee Federation called an emergency session on Wednesday."));
  }

  @Test
  void talksOfABodyOfMembersAreItsMeetingButACompanysTalksAreNot() {
    assertEquals(
        List.of(set("Group of Seven")),
        meetings("Sterling was steady ahead of the Group of Seven talks in Washington this week."));
    assertEquals(
        List.of(set("General Agreement on Tariffs and Trade")),
        meetings("The GATT talks in Geneva ended on Friday without an accord on farm subsidies."));
    assertEquals(
        List.of(), meetings("The Texaco talks in Houston ended on Friday without an accord."));
  }

  @Test
  void whoTellsAShareholdersMeetingOfTheStorysCompanyIsAtIt() {
    // without "that", the parser reads "meeting turnover" as one noun phrase
    assertEquals(
        List.of(set("Armin Dassler", "Puma AG")),
        meetings(
            "Puma AG said its profit fell. Chairman Armin Dassler told the annual shareholders'"
                + " meeting turnover was expected to fall."));
    assertEquals(
        List.of(set("Armin Dassler", "Puma AG")),
        meetings(
            "Puma AG said its profit fell. Chairman Armin Dassler told the annual shareholders'"
                + " meeting parent company turnover was expected to fall."));
  }

  @Test
  void theHostOfAGatheringTakesPart() {
    assertEquals(
        List.of(new Found(set("Atlantic Council", "Hans Weber"), MeetingStatus.HELD)),
        found("Hans Weber spoke at a dinner hosted by the Atlantic Council on Monday."));
    assertEquals(
        List.of(new Found(set("Maria Lopez", "Red Cross"), MeetingStatus.HELD)),
        found("Maria Lopez attended a gala organized by the Red Cross."));
  }

  @Test
  void bodiesNamedBeforeMeetingsMeetEachOnItsOwnButMeetingsOfBodiesAreJoint() {
    assertEquals(
        List.of(set("Group of Five"), set("Group of Seven")),
        meetings("The dollar fell ahead of tomorrow's Group of Five and Group of Seven meetings."));
    assertEquals(
        List.of(set("International Monetary Fund", "World Bank")),
        meetings(
            "The issue was discussed during the semi-annual meetings of the IMF and the World"
                + " Bank."));
  }

  @Test
  void theGuestOfAReceptionGivenForHimMeetsItsHost() {
    assertEquals(
        List.of(set("Hans Weber", "Raul Alfonsin")),
        meetings(
            "Hans Weber arrived in Buenos Aires on Monday. Weber, speaking at a reception held"
                + " for him by President Raul Alfonsin at the City Council hall, said no one could"
                + " overlook the obstacle."));
    assertEquals(List.of(), meetings("The plan got a warm reception from investors."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez hosted a luncheon for Hans Weber."));
    // a body's deliberations are its session
    assertEquals(
        List.of(set("Parliament")),
        meetings("The step came after Parliament resumed deliberations last Tuesday."));
  }

  @Test
  void whoIsInTheCityForABodysMeetingsIsAtThem() {
    // the place is the copula's predicate, the meetings hang on it
    assertEquals(
        List.of(set("Hans Weber", "OECD")),
        meetings(
            "Hans Weber, who is in Paris for the OECD ministerial meeting, said he was hopeful."));
    // attending them, however many bodies they name: not each body's meeting without him
    assertEquals(
        List.of(set("Hans Weber", "Interim Committee", "World Bank")),
        meetings(
            "Hans Weber is in Washington to attend the Interim Committee meetings of the World"
                + " Bank."));
  }

  @Test
  void whoDeclinesAnInvitationToSpeakAtAGatheringCancelsTheirPart() {
    assertEquals(
        List.of(new Found(set("AFL-CIO", "Yuki Tanaka"), MeetingStatus.CANCELLED)),
        found("Yuki Tanaka declined an invitation to speak at the AFL-CIO conference."));
    assertEquals(
        List.of(new Found(set("Hans Weber", "NAACP"), MeetingStatus.CANCELLED)),
        found(
            "Offered the chance to speak at the NAACP convention in Detroit, Hans Weber"
                + " declined."));
  }

  @Test
  void pullingOutOfAGatheringCancelsItButPullingOutOfSomethingElseDoesNot() {
    assertEquals(
        List.of(new Found(set("AFL-CIO", "Hans Weber"), MeetingStatus.CANCELLED)),
        found("Hans Weber pulled out of the AFL-CIO conference on Friday."));
    assertEquals(
        List.of(new Found(set("Hans Weber", "Maria Lopez"), MeetingStatus.CANCELLED)),
        found("Maria Lopez withdrew from the talks with Hans Weber on Monday."));
    assertEquals(
        List.of(new Found(set("Acme Corp", "Bolt Inc"), MeetingStatus.HELD)),
        found("Acme Corp pulled out of Iran after talks with Bolt Inc failed."));
    assertEquals(
        List.of(new Found(set("Hans Weber", "Maria Lopez"), MeetingStatus.HELD)),
        found("Maria Lopez withdrew troops before her meeting with Hans Weber on Monday."));
  }

  @Test
  void whoAttendsAGatheringNamedAgainJoinsTheOneReportedBefore() {
    assertEquals(
        List.of(new Found(set("Hans Weber", "NAACP"), MeetingStatus.HELD)),
        found(
            "The NAACP held its annual convention in Detroit on Monday. Hans Weber spoke at the"
                + " convention on Tuesday."));
    assertEquals(
        List.of(new Found(set("Group of Seven", "Maria Lopez"), MeetingStatus.HELD)),
        found(
            "Leaders of the G7 met in Biarritz on Saturday. Maria Lopez arrived late for the summit."));
    assertEquals(
        List.of(new Found(set("Acme Corp", "Bolt Inc", "Hans Weber"), MeetingStatus.HELD)),
        found(
            "Acme Corp and Bolt Inc held merger talks in Paris on Monday. Hans Weber, a lawyer,"
                + " joined the talks on Tuesday."));
  }

  @Test
  void oneWhoPullsOutOfAGatheringNamedAgainHasACancelledPartInIt() {
    assertEquals(
        List.of(
            new Found(set("NAACP"), MeetingStatus.PLANNED),
            new Found(set("Hans Weber", "NAACP"), MeetingStatus.CANCELLED)),
        found(
            "The NAACP will hold its annual convention in Detroit next week. On Friday, Hans Weber"
                + " pulled out of the convention."));
  }

  @Test
  void oneWithNoPlansToAttendAGatheringHasACancelledPartInIt() {
    // "has no plans to attend" refuses as "does not plan to attend" does
    assertEquals(
        List.of(
            new Found(set("NAACP"), MeetingStatus.PLANNED),
            new Found(set("Hans Weber", "NAACP"), MeetingStatus.CANCELLED)),
        found(
            "The NAACP will hold its annual convention in Detroit next week. Hans Weber has no"
                + " plans to attend the convention, a spokesman said."));
  }

  @Test
  void whoOnlySpeaksAfterItOrActsOnItIsNotAtIt() {
    assertEquals(
        List.of(new Found(set("NAACP"), MeetingStatus.HELD)),
        found(
            "The NAACP held its annual convention in Detroit on Monday. Speaking to reporters"
                + " after the convention, Hans Weber said the mood was good."));
    assertEquals(
        List.of(new Found(set("NAACP"), MeetingStatus.HELD)),
        found(
            "The NAACP held its annual convention in Detroit on Monday. Acme Corp cut its support"
                + " for the convention."));
  }

  @Test
  void whomABodyChoosesAtItsMeetingIsThere() {
    assertEquals(
        List.of(new Found(set("Hans Weber", "Libertarian Party"), MeetingStatus.HELD)),
        found(
            "The Libertarian Party nominated Hans Weber for president at its convention in May."));
    assertEquals(
        List.of(new Found(set("Green Party", "Maria Lopez"), MeetingStatus.HELD)),
        found(
            "The Green Party held its national convention in Detroit and nominated Maria Lopez for"
                + " president."));
    assertEquals(
        List.of(new Found(set("Hans Weber", "Maria Lopez", "Reform Party"), MeetingStatus.HELD)),
        found(
            "At its convention in Denver, the Reform Party nominated the ticket of Maria Lopez and"
                + " Hans Weber."));
  }

  @Test
  void whoIsOnlyShownAtARallyIsNotThere() {
    assertEquals(
        List.of(),
        found(
            "At a rally in Ohio last week, Hans Weber showed the crowd a clip of Maria Lopez"
                + " defending the plan."));
  }

  @Test
  void theAnnualMeetingNamedAgainIsTheOneReportedAndWhoeverTellsItIsThere() {
    assertEquals(
        List.of(new Found(set("Karlheinz Kaske", "Siemens AG"), MeetingStatus.HELD)),
        found(
            "Siemens AG held its annual meeting in Munich on Friday. Chief executive Karlheinz"
                + " Kaske told the annual meeting that sales in the United States rose."));
  }

  @Test
  void whoeverTellsABodyAtItsConventionIsThere() {
    // the parser hangs "at its convention" on the name of the body told
    assertEquals(
        List.of(
            new Found(set("Bob Woodward", "National Association of Realtors"), MeetingStatus.HELD)),
        found(
            "Bob Woodward spoke about the campaign. \u201cThere\u2019s a lot we don\u2019t"
                + " know,\u201d Woodward told the National Association of Realtors at its"
                + " Washington convention."));
  }

  @Test
  void theAnnualMeetingNoBodyOwnsIsTheStoryCompanys() {
    assertEquals(
        List.of(new Found(set("Karlheinz Kaske", "Siemens AG"), MeetingStatus.HELD)),
        found(
            "MUNICH, May 2 - Siemens AG turnover in the United States will rise to about 2.6"
                + " billion dlrs this year, management board chairman Karlheinz Kaske said.\n\n"
                + "He told the annual meeting that most of last year's sales came from products made"
                + " in the United States."));
  }

  @Test
  void aBodyMeetsWhateverTheParserMakesOfItsNameItsDayOrItsAgenda() {
    // a name whose "and" the parser reads as a list of two
    assertEquals(
        List.of(new Found(set("OECD"), MeetingStatus.PLANNED)),
        found(
            "Talks will now continue at the Organisation for Economic Cooperation and"
                + " Development, which meets next month."));
    // the day of a date the parser reads as the verb's object ("meet … 5")
    assertEquals(
        List.of(new Found(set("Acme Corp"), MeetingStatus.PLANNED)),
        found("Acme Corp's board will meet on August 5 to consider the merger."));
    // a meeting that discusses something reports itself; the verb's object is its agenda
    assertEquals(
        List.of(new Found(set("OPEC"), MeetingStatus.PLANNED)),
        found("Next month's OPEC meeting will discuss prices."));
  }

  @Test
  void aDatedShareholdersMeetingIsTheStoryCompanysButAnyMeetingIsNot() {
    String lead =
        "Southland Corp filed a proxy statement with the Securities and Exchange Commission.\n\n";
    assertEquals(
        List.of(new Found(set("Southland Corp"), MeetingStatus.PLANNED)),
        found(
            lead
                + "Shareholders will vote on the acquisition at a special meeting on November 5."));
    assertEquals(
        List.of(), found(lead + "Shareholders will vote on the acquisition at a special meeting."));
  }

  @Test
  void whoeverGivesASpeechToABodysMeetingIsThere() {
    assertEquals(
        List.of(new Found(set("American Bar Association", "Jones"), MeetingStatus.HELD)),
        found(
            "Senator Jones criticised the plan in a speech to the American Bar Association's"
                + " annual meeting."));
    assertEquals(
        List.of(
            new Found(
                set("Inter-American Development Bank", "James Baker"), MeetingStatus.PLANNED)),
        found(
            "The U.S. strategy is expected to be repeated by Treasury Secretary James Baker in a"
                + " speech to the Inter-American Development Bank's annual meeting tomorrow."));
  }

  @Test
  void aBodysGatheringNamedAgainByItsNameIsOneEvent() {
    // A story names the convention many times; each is that one convention, told apart only by a
    // year or a word of order.
    assertEquals(
        List.of(new Found(set("Republican Party"), MeetingStatus.PLANNED)),
        found(
            "The Republican convention opens in Cleveland next month. Apple will not fund the"
                + " Republican convention. Coca Cola's funding of the Republican convention"
                + " dropped this year."));
    assertEquals(
        List.of(new Found(set("Democratic Party", "Howard Dean"), MeetingStatus.HELD)),
        found(
            "Howard Dean spoke at the Democratic convention on Monday. Such a message is notable"
                + " at the Democratic convention."));
    assertEquals(
        List.of(
            new Found(set("Republican Party"), MeetingStatus.PLANNED),
            new Found(set("Republican Party"), MeetingStatus.HELD)),
        found(
            "The Republican convention will be held in Cleveland in July. The 2012 Republican"
                + " convention was in Tampa."));
    assertEquals(
        List.of(
            new Found(set("OPEC"), MeetingStatus.HELD),
            new Found(set("OPEC"), MeetingStatus.PLANNED)),
        found(
            "OPEC ministers met in Vienna in March. The OPEC meeting in June will review quotas."));
    assertEquals(
        List.of(new Found(set("Acme Corp"), MeetingStatus.HELD)),
        found(
            "On April 27, Acme Corp held its first annual meeting. Via Zoom, Acme Corp held its"
                + " first annual meeting."));
    // a plain noun names the one set in time before it; one set in time later is another
    assertEquals(
        List.of(
            new Found(set("International Monetary Fund", "Stoltenberg"), MeetingStatus.PLANNED)),
        found(
            "Stoltenberg said the matter will be discussed at next week's meeting of the"
                + " International Monetary Fund in Washington. Progress would be discussed at the IMF"
                + " meeting."));
    assertEquals(
        List.of(
            new Found(set("Acme Corp"), MeetingStatus.PLANNED),
            new Found(set("Acme Corp"), MeetingStatus.HELD)),
        found(
            "Acme Corp will hold its annual meeting on May 20. Last year's annual meeting of Acme"
                + " Corp was calm."));
    // another place is another gathering; a meeting of two bodies is not one body's
    assertEquals(
        List.of(
            new Found(set("OPEC"), MeetingStatus.HELD), new Found(set("OPEC"), MeetingStatus.HELD)),
        found(
            "The OPEC meeting in Vienna ended on Monday. Iran criticised the OPEC meeting in"
                + " Geneva."));
    assertEquals(
        List.of(
            new Found(set("Acme Corp", "Bolt Inc"), MeetingStatus.HELD),
            new Found(set("Acme Corp"), MeetingStatus.HELD)),
        found(
            "Acme Corp and Bolt Inc held a joint meeting on Monday. Shareholders criticised the Acme"
                + " Corp meeting."));
  }

  @Test
  void whoeverGivesASpeechToAnOrganisationMeetsIt() {
    assertEquals(
        List.of(new Found(set("Commodity Club", "Michael Jopling"), MeetingStatus.HELD)),
        found(
            "Michael Jopling, in a speech to the Commodity Club yesterday, suggested the measure"
                + " be refined."));
    assertEquals(
        List.of(
            new Found(
                set("American Foreign Service Association", "Wendy Sherman"), MeetingStatus.HELD)),
        found(
            "Wendy Sherman gave a speech to the American Foreign Service Association on Monday."));
    // the phrase hung on "give": the speech is at the body's convention
    assertEquals(
        List.of(new Found(set("Hillary Clinton", "NAACP"), MeetingStatus.PLANNED)),
        found(
            "Hillary Clinton will give a speech to the NAACP convention in Cincinnati on Friday."));
    assertEquals(
        List.of(new Found(set("Republican Party", "Ted Cruz"), MeetingStatus.HELD)),
        found("Ted Cruz delivered remarks to the Republican convention on Sunday."));
  }

  @Test
  void aSpeechToTheUnnamedToAPersonOrToTheMediaIsNoMeeting() {
    assertEquals(List.of(), found("Donald Trump gave a speech to supporters in Ohio."));
    assertEquals(
        List.of(), found("But the president devoted far more of his speech to Hillary Clinton."));
    assertEquals(
        List.of(),
        found(
            "Kyle Rittenhouse, in remarks to The Washington Post, contended he would be"
                + " acquitted."));
  }

  @Test
  void anUnqualifiedConventionIsTheStorysPartys() {
    // the 1976 convention is another event, but the Republicans' as well
    Set<Set<String>> parties =
        found(
                "Republicans open their convention in Cleveland on Monday. Manafort fiercely"
                    + " protected Gerald Ford's delegates at the last contested convention in"
                    + " 1976.")
            .stream()
            .map(Found::parties)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(set("Republican Party"), set("Gerald Ford", "Manafort", "Republican Party")),
        parties);
  }

  @Test
  void aPartysConventionToldOfInTwoTensesIsOneConvention() {
    // planned ("before the party's convention in July") and, misread, held ("a brokered
    // convention probably overstates"): one convention of the campaign the article is about
    assertEquals(
        List.of(MeetingStatus.PLANNED),
        MeetingLabels.statuses(
            "Trump is bent on securing the Republican nomination before the party's convention in"
                + " July. The prospect of a brokered Republican convention probably overstates what"
                + " would unfold, analysts said."));
  }
}
