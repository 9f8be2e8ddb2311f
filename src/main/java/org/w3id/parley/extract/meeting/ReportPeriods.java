package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Span;

/**
 * The month or year each report of a meeting names for itself ("In May 2001, Fiorina met the HP
 * board", "at last month's Congressional Ball"), by its evidence's words, and what that says of two
 * reports: whether they are different times, so different meetings however alike, and whether a
 * body's gathering reported again may be the same event.
 */
final class ReportPeriods {
  private final Map<Span, String> periods = new HashMap<>();

  /** Notes the month or year ({@link Dates}) the meeting's first report names. */
  void noted(Meeting m, String period) {
    periods.put(m.evidence().get(0).span(), period);
  }

  void clear() {
    periods.clear();
  }

  /**
   * Whether a later report of one body's gathering may be the same event as an earlier meeting: the
   * earlier one is that body's, with no other body or country in it (persons may be at it), and no
   * day, place or month of theirs differs.
   */
  boolean oneEvent(Meeting earlier, Meeting later) {
    Set<EntityRef> bodies = new LinkedHashSet<>(earlier.participants());
    bodies.removeIf(p -> p.kind() == EntityKind.PERSON);
    return bodies.equals(later.participants())
        && (earlier.date().isEmpty()
            || later.date().isEmpty()
            || earlier.date().equals(later.date()))
        && (earlier.location().isEmpty()
            || later.location().isEmpty()
            || earlier.location().equals(later.location()))
        && !differentTimes(earlier, later);
  }

  /** Whether a report of one meeting puts it in another month or year than the other's day. */
  boolean outsidePeriod(Meeting m, Meeting dated) {
    return dated.date().isPresent() && outsidePeriod(m, dated.date().get());
  }

  /** Whether a report of the meeting puts it in another month or year than the day. */
  boolean outsidePeriod(Meeting m, LocalDate day) {
    return m.evidence().stream()
        .map(e -> periods.get(e.span()))
        .anyMatch(p -> p != null && Dates.differentPeriods(p, day.toString()));
  }

  /**
   * Whether two reports name different months or years for themselves ("In May 2001, Fiorina met
   * the HP board" and "At 2 p.m. on the last Friday in August, Fiorina and the HP board convened"),
   * or one a month or year the other's day is not in ("Obama met Sanders on Wednesday" and "the two
   * men talked at last month's Congressional Ball"): two meetings, however alike.
   */
  boolean differentTimes(Meeting a, Meeting b) {
    if (outsidePeriod(a, b) || outsidePeriod(b, a)) {
      return true;
    }
    for (var x : a.evidence()) {
      for (var y : b.evidence()) {
        String p = periods.get(x.span());
        String q = periods.get(y.span());
        if (p != null && q != null && Dates.differentPeriods(p, q)) {
          return true;
        }
      }
    }
    return false;
  }
}
