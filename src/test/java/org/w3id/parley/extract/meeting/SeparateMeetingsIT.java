package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One party's calls with several counterparts, and meetings the text calls separate, are one
 * meeting per counterpart; a conference or video call, a call the parties make together, and a
 * meeting with several parties at once stay one. Invented sentences, real CoreNLP.
 */
class SeparateMeetingsIT {
  private static Set<Set<String>> found(String text) {
    List<Set<String>> all = meetings(text);
    Set<Set<String>> out = new HashSet<>(all);
    assertEquals(all.size(), out.size(), "a meeting found twice: " + all);
    return out;
  }

  @Test
  void aCallWithSeveralCounterpartsIsOneCallEach() {
    assertEquals(
        Set.of(set("Hans Weber", "Maria Lopez"), set("Maria Lopez", "Yuki Tanaka")),
        found("Maria Lopez called Hans Weber and Yuki Tanaka on Monday to discuss the merger."));
    assertEquals(
        Set.of(set("Barack Obama", "United Kingdom"), set("Barack Obama", "Canada")),
        found("Barack Obama telephoned the leaders of Britain and Canada after the vote."));
  }

  @Test
  void aCounterpartNamedWithTheCountryTheyLeadIsOneEndOfOneCall() {
    assertEquals(
        Set.of(
            set("Barack Obama", "France"),
            set("Barack Obama", "Brazil"),
            set("Barack Obama", "Narendra Modi")),
        found(
            "Indian Prime Minister Narendra Modi arrived in Paris on Sunday. Barack Obama spoke by"
                + " phone with the leaders of France, Brazil and India on Monday."));
  }

  @Test
  void conferenceAndVideoCallsAndCallsMadeTogetherStayOne() {
    assertEquals(
        Set.of(set("Angela Merkel", "France", "Italy")),
        found("Angela Merkel held a conference call with the leaders of France and Italy."));
    assertEquals(
        Set.of(set("Angela Merkel", "Emmanuel Macron", "Giuseppe Conte")),
        found("Angela Merkel held a video call with Emmanuel Macron and Giuseppe Conte."));
    assertEquals(
        Set.of(set("Angela Merkel", "Barack Obama", "Francois Hollande")),
        found("Barack Obama, Angela Merkel and Francois Hollande spoke by phone on Monday."));
  }

  @Test
  void meetingsTheTextCallsSeparateAreOneEachAndOthersOneForAll() {
    assertEquals(
        Set.of(
            set("Recep Tayyip Erdogan", "Vladimir Putin"), set("Hassan Rouhani", "Vladimir Putin")),
        found(
            "Vladimir Putin met separately with Recep Tayyip Erdogan and Hassan Rouhani in"
                + " Sochi."));
    assertEquals(
        Set.of(set("Hans Weber", "Maria Lopez"), set("Maria Lopez", "Yuki Tanaka")),
        found("Maria Lopez held separate talks with Hans Weber and Yuki Tanaka on Friday."));
    assertEquals(
        Set.of(set("Hassan Rouhani", "Recep Tayyip Erdogan", "Vladimir Putin")),
        found("Vladimir Putin met with Recep Tayyip Erdogan and Hassan Rouhani in Tehran."));
  }
}
