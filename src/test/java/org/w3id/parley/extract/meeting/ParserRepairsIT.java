package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences CoreNLP parses or tags wrongly in ways the meeting rules mend, on invented sentences
 * through the real pipeline: a "who" clause hung on a thing, a name set after the last of two
 * conjuncts, a verb NER takes into a name, a passive's agent hung on a noun, and a party's
 * convention NER left untagged.
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
}
