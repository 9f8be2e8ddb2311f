package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose meeting a noun names, on invented articles through the real CoreNLP pipeline: the clause's
 * subject has the meetings it arranges "with" others, not a gathering it only sends delegates to,
 * nor one that belongs to someone the article does not name; two parties' conventions named
 * together are two gatherings.
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
  void delegatesWonToAConventionDoNotPutTheWinnerThere() {
    assertEquals(
        List.of(set("Democratic Party")),
        meetings("Weber won 40 delegates to the Democratic convention on Tuesday."));
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
}
