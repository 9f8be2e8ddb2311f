package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.nlp.Sentence;

/** The day an undated meeting takes from the rest of its article. */
final class ContextDays {
  private final Mentions mentions;
  private final References refs;
  private final Dates dates;
  private final LocalDate published;

  ContextDays(Mentions mentions, References refs, LocalDate published) {
    this.mentions = mentions;
    this.refs = refs;
    this.dates = new Dates(mentions.annotated(), published);
    this.published = published;
  }

  /**
   * An undated held meeting takes the day of another sentence that names the same people with a day
   * of its own ("Yesterday, Zelensky declined Honcharuk's offer …" dates "Zelensky said in a
   * meeting with Honcharuk"), unless its own sentence puts it in another month or year ("met at the
   * White House last month" takes no day from "spoke by phone on Sunday").
   */
  Meeting dated(Meeting m, java.util.function.Predicate<LocalDate> fits) {
    if (m.date().isPresent() || m.status() != MeetingStatus.HELD || m.participants().size() < 2) {
      return m;
    }
    for (Sentence s : mentions.annotated().sentences()) {
      if (m.evidence().stream()
          .anyMatch(e -> e.span().begin() >= s.begin() && e.span().begin() < s.end())) {
        continue; // the meeting's own sentence was read already: a day there is something else's
      }
      Set<EntityRef> named = new LinkedHashSet<>();
      for (Mention x : mentions.all()) {
        if (x.sentence() == s.index()
            && m.participants().contains(x.ref())
            && !refs.inQuote(x.span().begin())) {
          named.add(x.ref());
        }
      }
      if (named.size() < 2) {
        continue;
      }
      for (int[] day : dates.daysIn(s)) {
        LocalDate date = dates.dayOf(day[0]);
        if (!date.isAfter(published)
            && fits.test(date)
            && !refs.inQuote(dates.spanOf(day[0]).begin())) {
          return new Meeting(
              m.participants(),
              m.location(),
              Optional.of(date),
              m.status(),
              m.mode(),
              m.evidence());
        }
      }
    }
    return m;
  }
}
