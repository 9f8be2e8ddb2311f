package org.w3id.parley.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingMode;
import org.w3id.parley.extract.meeting.MeetingStatus;

/**
 * Facts keep their sets in the order the rules made them, and an entity hashes alike in every run,
 * so the same build extracts the same facts from the same article every time (rules that take a
 * fact's first participant took a different one from run to run while {@code Set.copyOf} and the
 * kind's identity hash decided the order).
 */
class StableSetsTest {
  private static List<EntityRef> persons(int n) {
    List<EntityRef> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new EntityRef(EntityKind.PERSON, "person-" + (char) ('a' + i)));
    }
    return out;
  }

  @Test
  void aMeetingsParticipantsKeepTheOrderTheyWereFoundIn() {
    List<EntityRef> found = persons(12);
    Span s = new Span(0, 5);
    Meeting m =
        new Meeting(
            new LinkedHashSet<>(found),
            Optional.empty(),
            Optional.of(LocalDate.of(2016, 5, 2)),
            MeetingStatus.HELD,
            MeetingMode.IN_PERSON,
            List.of(new Evidence(s, s)));
    assertEquals(found, List.copyOf(m.participants()));
  }

  @Test
  void aCopyKeepsItsOrderAndRefusesNulls() {
    List<String> words = List.of("kohl", "delors", "bonn", "paris", "rome", "madrid", "lisbon");
    assertEquals(words, List.copyOf(StableSets.copyOf(words)));
    List<String> withNull = new ArrayList<>(words);
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> StableSets.copyOf(withNull));
  }

  @Test
  void anEntityHashesByItsKindsPlaceNotItsIdentity() {
    EntityRef ref = new EntityRef(EntityKind.COUNTRY, "DE");
    assertEquals(31 * EntityKind.COUNTRY.ordinal() + "DE".hashCode(), ref.hashCode());
  }
}
