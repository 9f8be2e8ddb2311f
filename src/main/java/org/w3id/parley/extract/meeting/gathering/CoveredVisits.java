package org.w3id.parley.extract.meeting.gathering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.meeting.Meeting;

/**
 * A meeting of one party with a country's government ("Lavrov visited Baku") is not one of its own
 * when the article names whom of that country the party met ("Lavrov met Azerbaijani Foreign
 * Minister Elmar Mammadyarov"), on the same day or an unknown one and with the same status: the
 * visit is those meetings.
 *
 * <pre>{@code
 * List<Meeting> kept = CoveredVisits.without(meetings, person -> countriesTheyRepresent(person));
 * }</pre>
 */
public final class CoveredVisits {
  private CoveredVisits() {}

  /**
   * The meetings less the visits others cover.
   *
   * @param represents the country keys a party represents (a minister, a leader)
   */
  public static List<Meeting> without(
      List<Meeting> meetings, Function<EntityRef, Set<String>> represents) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting m : meetings) {
      if (!covered(m, meetings, represents)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean covered(
      Meeting m, List<Meeting> all, Function<EntityRef, Set<String>> represents) {
    if (m.participants().size() != 2) {
      return false;
    }
    List<EntityRef> two = new ArrayList<>(m.participants());
    for (int i = 0; i < 2; i++) {
      EntityRef country = two.get(i);
      EntityRef visitor = two.get(1 - i);
      if (country.kind() != EntityKind.COUNTRY || visitor.kind() == EntityKind.COUNTRY) {
        continue;
      }
      for (Meeting o : all) {
        boolean sameDay = o.date().isEmpty() || m.date().isEmpty() || o.date().equals(m.date());
        if (o != m
            && sameDay
            && o.status() == m.status()
            && o.participants().contains(visitor)
            && o.participants().stream()
                .anyMatch(p -> !p.equals(visitor) && represents.apply(p).contains(country.key()))) {
          return true;
        }
      }
    }
    return false;
  }
}
