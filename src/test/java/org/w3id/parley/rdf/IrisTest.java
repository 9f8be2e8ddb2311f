package org.w3id.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingMode;
import org.w3id.parley.extract.meeting.MeetingStatus;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;

class IrisTest {
  private static final Set<EntityRef> PAIR =
      Set.of(
          new EntityRef(EntityKind.PERSON, "anna-berg"),
          new EntityRef(EntityKind.PERSON, "karl-olsen"));
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2016, 8, 22));

  private static Meeting meeting(MeetingMode mode, int at) {
    return meeting(mode, at, DAY);
  }

  private static Meeting meeting(MeetingMode mode, int at, Optional<LocalDate> day) {
    Span s = new Span(at, at + 5);
    return new Meeting(
        PAIR, Optional.empty(), day, MeetingStatus.HELD, mode, List.of(new Evidence(s, s)));
  }

  @Test
  void aDatedMeetingIsOneNodeAcrossArticlesWhateverItsModeIsCalled() {
    String inPerson = Iris.meeting("a", meeting(MeetingMode.IN_PERSON, 0));
    assertEquals(inPerson, Iris.meeting("b", meeting(MeetingMode.UNKNOWN, 40)));
    assertEquals(inPerson, Iris.meeting("c", meeting(MeetingMode.CALL, 10)));
  }

  @Test
  void anUndatedCallAndMeetingInOneSentenceAreTwoNodes() {
    // "He was joined on the call by Hogue": "joined" and "call" each report one
    assertNotEquals(
        Iris.meeting("a", meeting(MeetingMode.IN_PERSON, 80, Optional.empty())),
        Iris.meeting("a", meeting(MeetingMode.CALL, 80, Optional.empty())));
  }
}
