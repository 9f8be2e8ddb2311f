package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences CoreNLP parses or tags wrongly in ways the meeting rules mend, on invented sentences
 * through the real pipeline: a "who" clause hung on a thing, a name set after the last of two
 * conjuncts, a verb NER takes into a name, a passive's agent hung on a noun, a party's convention
 * NER left untagged, a name read as one with its title's place, a reporting clause taken for the
 * subject of what it reports, names listed after a plural noun hung elsewhere, a subject taken for
 * the sentence's root, a visit told of taken for a meeting with whom it is told to, a subject read
 * into a time phrase before it, a name "X of Y" cut off from its meeting noun, a verb hung inside
 * the relative clause before it, and a "with" hung on a meeting's topic.
 */
class ParserRepairsIT {
  @Test
  void aWhoClauseIsAboutThePersonNotTheThingTheyOwn() {
    // The parser hangs "who met …" on "those"; "who" is a person: Weber.
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Their remarks echoed those of Finance Minister Hans Weber, who met Maria Lopez"
                + " yesterday."));
  }

  @Test
  void aNameAfterTheLastOfTwoConjunctsIsTheLastOnes() {
    // The parser makes Lopez Aguayo an apposition of Weber, not of "the head".
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez Aguayo")),
        meetings(
            "Last week, central bank president Hans Weber and the head of the central bank of"
                + " Mexico, Maria Lopez Aguayo, met in Mexico City."));
  }

  @Test
  void aVerbInLowerCaseIsNoPartOfAName() {
    // NER tags "Ryan met Trump" as one person.
    assertEquals(
        List.of(set("Reince Priebus", "Ryan", "Trump")),
        meetings(
            "Ryan met Trump and the party chairman, Reince Priebus, at the RNC headquarters on"
                + " Thursday."));
  }

  @Test
  void aPassivesByOnANounInBetweenIsItsAgent() {
    // The parser hangs "by Maria Lopez" on "meeting".
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Hans Weber was joined Monday at a town hall meeting in Hudson by Maria Lopez, star of"
                + " a reality show."));
  }

  @Test
  void aPartysConventionNerLeavesUntaggedIsStillThePartys() {
    // NER tags "Republican National Convention" O here (MISC without "will … in Cleveland").
    assertEquals(
        List.of(set("Republican Party", "Scott Walker")),
        meetings("Scott Walker will attend the Republican National Convention in Cleveland."));
  }

  @Test
  void aNameAfterItsTitlesPlaceIsTheTitleHolder() {
    // The parser reads "to Berlin Maria Lopez" as one name, hung on "met" ("met … to Lopez").
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Foreign Minister Hans Weber met Spanish ambassador to Berlin Maria Lopez on Monday."));
  }

  @Test
  void aReportingClauseIsNotTheSubjectOfWhatItReports() {
    // The parser makes "Lopez noted Weber" the subject of "is expected", Weber its object.
    assertEquals(
        List.of(set("Anna Berg", "Weber")),
        meetings(
            "Lopez noted Minister Weber is expected to meet next week with President Anna Berg."));
  }

  @Test
  void aVisitToldOfIsNotAMeetingWithWhomItIsToldTo() {
    assertEquals(
        List.of(set("Anna Berg", "Japan")),
        meetings("Weber briefed Lopez on Prime Minister Anna Berg's visit to Japan last week."));
  }

  @Test
  void namesListedAfterAPluralNounAreIt() {
    // The parser hangs Italy … Canada on "States" as bare dependents, apart from "allies".
    assertEquals(
        List.of(set("Canada", "France", "Italy", "Japan", "Spain", "United States")),
        meetings(
            "The United States and major trade allies Italy, France, Spain, Japan and Canada met"
                + " last week in London to discuss currency stability."));
  }

  @Test
  void aSubjectTakenForTheRootStillAttends() {
    // The parser makes Weber the root, "is" a bare dependent of it and "attend" one of "due".
    assertEquals(
        List.of(set("Bundesbank", "Weber")),
        meetings("Weber is due to attend a routine Bundesbank meeting on Thursday in Frankfurt."));
  }

  @Test
  void aMainVerbTakenForARelativeClauseStillHasItsSubject() {
    // The parser hangs "was speaking" on Van Weber as a relative clause whose object he is.
    assertEquals(
        List.of(set("Dutch Coffee Federation", "Van Weber")),
        meetings(
            "Van Weber, who is a council member of the Dutch Coffee Federation, was speaking at the"
                + " end of the DCF annual meeting."));
  }

  @Test
  void aSubjectReadIntoTheTimePhraseBeforeItIsTheSubject() {
    // The parser joins "Friday Deputy … Anna Kraus" to "Thursday" as one "on" phrase, and leaves
    // "meet" without a subject; the spokesman is not the one who meets.
    assertEquals(
        List.of(set("Anna Kraus", "Hans Weber")),
        meetings(
            "The spokesman, Tom Brown, said that on Thursday and Friday Deputy U.S. Trade"
                + " Representative Anna Kraus would meet with MITI vice president Hans Weber."));
  }

  @Test
  void aNameOfXBeforeItsMeetingNounModifiesIt() {
    // The parser cannot make "Association of … Countries" a compound of "meeting"; it makes the
    // name the subject of "meeting", read as a clause.
    assertEquals(
        List.of(set("Association of Coffee Exporting Countries")),
        meetings(
            "Officials said a special session would be convened after the Association of Coffee"
                + " Exporting Countries meeting on May 4."));
  }

  @Test
  void aVerbAfterARelativeClauseHasTheNameForItsSubject() {
    // The parser hangs "conferred" on "Lima", inside the "who" clause, with no subject.
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "The statement was drafted after Hans Weber and senior deputy governor Maria Lopez, who"
                + " is in Lima, conferred on the telephone."));
  }

  @Test
  void aWithAfterAMeetingsTopicIsItsCounterpart() {
    // The parser hangs "with Maria Lopez" on "budget", the topic.
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber had a meeting about the budget with Maria Lopez."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber has had conversations about the deficit with Senator Maria Lopez."));
  }
}
