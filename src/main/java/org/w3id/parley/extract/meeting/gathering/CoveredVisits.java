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
 * Minister Elmar Mammadyarov") or whom the sentence of the visit names it with ("paid a visit to
 * the Ivory Coast during which he discussed its difficulties with President Houphouet-Boigny"), on
 * the same day or an unknown one and with the same status: the visit is those meetings.
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
                .anyMatch(
                    p ->
                        !p.equals(visitor)
                            && (represents.apply(p).contains(country.key())
                                // "will visit the United States and hold talks with President
                                // Reagan": whom the sentence of the visit names it with
                                || p.kind() == EntityKind.PERSON && sameSentence(m, o)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two meetings are reported in one sentence by different words ("a visit … during which
   * he discussed"), not one word's meetings with several counterparts ("spoke by phone with the
   * leaders of France, Brazil and China": each its own).
   */
  private static boolean sameSentence(Meeting a, Meeting b) {
    boolean oneWord =
        a.evidence().stream()
            .anyMatch(e -> b.evidence().stream().anyMatch(f -> f.span().equals(e.span())));
    return !oneWord
        && a.evidence().stream()
            .anyMatch(e -> b.evidence().stream().anyMatch(f -> f.sentence().equals(e.sentence())));
  }
}
