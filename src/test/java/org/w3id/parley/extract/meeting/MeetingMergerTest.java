package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;

class MeetingMergerTest {
  private static final Set<EntityRef> PAIR =
      Set.of(
          new EntityRef(EntityKind.PERSON, "anna-berg"),
          new EntityRef(EntityKind.PERSON, "karl-olsen"));
  private static final LocalDate DAY = LocalDate.of(1987, 3, 18);

  private static Meeting meeting(Optional<LocalDate> date, MeetingStatus status, int at) {
    Span s = new Span(at, at + 5);
    return new Meeting(
        PAIR, Optional.empty(), date, status, MeetingMode.UNKNOWN, List.of(new Evidence(s, s)));
  }

  @Test
  void reportsOfTheSameParticipantsOnTheSameDayAreOneMeetingWithTheHeldStatus() {
    List<Meeting> merged =
        MeetingMerger.mergeSameDay(
            List.of(
                meeting(Optional.of(DAY), MeetingStatus.PLANNED, 0),
                meeting(Optional.of(DAY), MeetingStatus.HELD, 10),
                meeting(Optional.of(DAY), MeetingStatus.CANCELLED, 20)));
    assertEquals(1, merged.size(), merged.toString());
    assertEquals(MeetingStatus.HELD, merged.get(0).status());
    assertEquals(3, merged.get(0).evidence().size(), "every report is evidence");
  }

  @Test
  void anotherDayOrNoDayStaysApart() {
    List<Meeting> merged =
        MeetingMerger.mergeSameDay(
            List.of(
                meeting(Optional.of(DAY), MeetingStatus.CANCELLED, 0),
                meeting(Optional.of(DAY.plusDays(1)), MeetingStatus.HELD, 10),
                meeting(Optional.empty(), MeetingStatus.PLANNED, 20)));
    assertEquals(3, merged.size());
    assertEquals(MeetingStatus.CANCELLED, merged.get(0).status());
  }

  @Test
  void aPlannedMeetingAndACancelledOneOfTheSamePartiesAreOneCancelledMeeting() {
    List<Meeting> merged =
        MeetingMerger.merge(
            List.of(
                meeting(Optional.empty(), MeetingStatus.PLANNED, 0),
                meeting(Optional.empty(), MeetingStatus.CANCELLED, 10)));
    assertEquals(1, merged.size(), merged.toString());
    assertEquals(MeetingStatus.CANCELLED, merged.get(0).status());
    assertEquals(2, merged.get(0).evidence().size());
  }

  @Test
  void aHeldMeetingStaysApartFromACancelledOneAndDatesThatDifferKeepPlansApart() {
    assertEquals(
        2,
        MeetingMerger.merge(
                List.of(
                    meeting(Optional.empty(), MeetingStatus.HELD, 0),
                    meeting(Optional.empty(), MeetingStatus.CANCELLED, 10)))
            .size());
    assertEquals(
        2,
        MeetingMerger.merge(
                List.of(
                    meeting(Optional.of(DAY), MeetingStatus.CANCELLED, 0),
                    meeting(Optional.of(DAY.plusDays(7)), MeetingStatus.PLANNED, 10)))
            .size());
  }

  /** A held, undated report of the pair by the words at {@code begin..end} of a sentence. */
  private static Meeting reported(MeetingMode mode, int begin, int end, Span sentence) {
    return new Meeting(
        PAIR,
        Optional.empty(),
        Optional.empty(),
        MeetingStatus.HELD,
        mode,
        List.of(new Evidence(new Span(begin, end), sentence)));
  }

  @Test
  void twoWordsOfOneSentenceAreOneReport() {
    Span sentence = new Span(0, 60);
    Meeting spoke = reported(MeetingMode.CALL, 0, 40, sentence);
    Meeting phone = reported(MeetingMode.CALL, 0, 52, sentence);
    List<Meeting> merged = MeetingMerger.merge(List.of(spoke, phone));
    assertEquals(1, merged.size());
    assertEquals(spoke.evidence(), merged.get(0).evidence());
  }

  @Test
  void aMeetingWordAndACallWordOfOneSentenceAreOneCall() {
    // "He was joined on the call by Hogue": "joined" reports a meeting in person, "call" a call
    Span sentence = new Span(0, 60);
    Meeting joined = reported(MeetingMode.IN_PERSON, 7, 13, sentence);
    Meeting call = reported(MeetingMode.CALL, 21, 25, sentence);
    List<Meeting> merged = MeetingMerger.merge(List.of(joined, call));
    assertEquals(1, merged.size(), merged.toString());
    assertEquals(MeetingMode.CALL, merged.get(0).mode());
    // a call in another sentence is another meeting
    Meeting elsewhere = reported(MeetingMode.CALL, 70, 75, new Span(61, 90));
    assertEquals(2, MeetingMerger.merge(List.of(joined, elsewhere)).size());
  }

  private static final EntityRef PARTY = new EntityRef(EntityKind.ORGANIZATION, "republican-party");
  private static final EntityRef COUNCIL =
      new EntityRef(EntityKind.ORGANIZATION, "international-coffee-organization");

  private static Meeting ofBody(EntityRef body, MeetingStatus status, int at) {
    Span s = new Span(at, at + 5);
    return new Meeting(
        Set.of(body),
        Optional.empty(),
        Optional.empty(),
        status,
        MeetingMode.IN_PERSON,
        List.of(new Evidence(s, s)));
  }

  @Test
  void undatedReportsOfAPartysMeetingAreOneWhateverTheirTense() {
    // "before the party's convention" and "a brokered convention probably overstates …"
    List<Meeting> merged =
        MeetingMerger.merge(
            List.of(ofBody(PARTY, MeetingStatus.PLANNED, 0), ofBody(PARTY, MeetingStatus.HELD, 10)),
            (a, b) -> false,
            PARTY::equals);
    assertEquals(1, merged.size(), merged.toString());
    assertEquals(MeetingStatus.PLANNED, merged.get(0).status(), "the first report's status");
    assertEquals(2, merged.get(0).evidence().size());
  }

  @Test
  void otherBodiesMeetOftenSoTheirReportsOfAnotherStatusStayApart() {
    // "the council's talks broke down" and "the council is due to meet in June"
    List<Meeting> merged =
        MeetingMerger.merge(
            List.of(
                ofBody(COUNCIL, MeetingStatus.HELD, 0), ofBody(COUNCIL, MeetingStatus.PLANNED, 10)),
            (a, b) -> false,
            PARTY::equals);
    assertEquals(2, merged.size(), merged.toString());
    // nor a party's reports that name different months for themselves
    assertEquals(
        2,
        MeetingMerger.merge(
                List.of(
                    ofBody(PARTY, MeetingStatus.PLANNED, 0), ofBody(PARTY, MeetingStatus.HELD, 10)),
                (a, b) -> true,
                PARTY::equals)
            .size());
  }
}
