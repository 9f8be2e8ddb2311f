package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.meeting.party.ActedOn;
import org.w3id.parley.extract.meeting.party.NounComplements;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Deps;

/**
 * Whether a meeting was held, is planned or was cancelled ({@link Circumstances}): a refusal or a
 * cancelling cue ({@code status-cues.tsv}) on a verb that acts on the meeting, a postponement to a
 * later time, a day after or before the publication date, a planning cue over the meeting word or a
 * future time named in its clause; else it was held.
 */
final class StatusReader {
  private final Dates dates;
  private final LocalDate published;

  StatusReader(Dates dates, LocalDate published) {
    this.dates = dates;
    this.published = published;
  }

  /**
   * The meeting's status.
   *
   * @param context the words that can say it is planned or cancelled ({@link
   *     Circumstances#context})
   * @param scope the words of its clause, which may name a day or a future time
   */
  MeetingStatus of(
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      List<Integer> context,
      List<Integer> scope,
      Optional<LocalDate> date) {
    Negation.Polarity polarity = Negation.of(d, trigger, word);
    if (postponedTo(d, context)) {
      return MeetingStatus.PLANNED; // "postponed the meeting until next month": rescheduled
    }
    if (polarity == Negation.Polarity.REFUSED
        || Circumstances.cue(
            d, cancelling(d, trigger, context), MeetingWords.STATUS_CUES, MeetingStatus.CANCELLED)
        || StatusWords.calledOff(d, context)
        || StatusWords.withdrawnFrom(d, trigger)) {
      return MeetingStatus.CANCELLED;
    }
    if (polarity == Negation.Polarity.NOT_YET
        || StatusWords.arranged(d, trigger)
        || headlineInfinitive(d, trigger)) {
      return MeetingStatus.PLANNED;
    }
    if (date.isPresent() && !date.get().equals(published)) {
      return date.get().isAfter(published) ? MeetingStatus.PLANNED : MeetingStatus.HELD;
    }
    if (StatusWords.reportedDone(d, trigger)) {
      return MeetingStatus.HELD; // "held a regularly scheduled meeting", "has had talks"
    }
    boolean planned =
        Circumstances.cue(
                d,
                withoutOccasionVerbs(d, trigger, context),
                MeetingWords.STATUS_CUES,
                MeetingStatus.PLANNED)
            || dates.futureAt(d.sentence(), union(context, scope), published);
    return planned ? MeetingStatus.PLANNED : MeetingStatus.HELD;
  }

  /**
   * "G-7 OFFICIALS TO MEET IN SARDINIA THIS WEEK": a headline's "to" before a verb that heads the
   * sentence is its future ("is to meet").
   */
  private static boolean headlineInfinitive(Deps d, int trigger) {
    return d.headRelation(trigger).equals("root")
        && d.children(trigger, "mark").stream()
            .anyMatch(k -> d.token(k).lemma().equalsIgnoreCase("to"))
        && d.children(trigger, "aux", "aux:pass", "cop").isEmpty();
  }

  /**
   * Verbs that put what is done at a meeting ahead in time, and so the meeting too ("a meeting
   * scheduled for Wednesday on the sidelines of the OSCE ministerial meeting").
   */
  private static final Set<String> SCHEDULING =
      Set.of(
          "schedule", "scheduled", "plan", "planned", "expect", "expected", "due", "set", "slate");

  /**
   * The context without the verbs done at the meeting ("In a meeting with Weber, Lopez demanded an
   * apology": what is demanded there is not the meeting), unless they schedule it; their
   * auxiliaries still count ("Lopez will speak at the meeting").
   */
  private static List<Integer> withoutOccasionVerbs(Deps d, int trigger, List<Integer> context) {
    List<Integer> out = new ArrayList<>(context);
    int h = trigger;
    for (int steps = 0; steps < 5 && h >= 0; steps++) {
      int head = d.head(h);
      if (head >= 0
          && ActedOn.AT_IT.contains(d.headRelation(h))
          && !SCHEDULING.contains(d.token(head).lemma().toLowerCase(java.util.Locale.ROOT))) {
        out.remove(Integer.valueOf(head));
      }
      h = head;
    }
    // "remarks prepared for delivery to the club": a text written to be read out, not a plan
    out.removeIf(k -> NounComplements.preparedFor(d, k) >= 0);
    return out;
  }

  private static Set<Integer> union(List<Integer> a, List<Integer> b) {
    Set<Integer> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * "postponed until next month", "pushed back to June", "rescheduled for Friday", "postponed from
   * its original date of May 14": moved to another time, so still planned (only one postponed
   * indefinitely or with no time at all is cancelled).
   */
  private boolean postponedTo(Deps d, List<Integer> context) {
    for (int k : context) {
      String lemma = d.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
      if (POSTPONING.contains(lemma)
          && (!d.children(k, "obl:until", "obl:till", "obl:from").isEmpty()
              || d.children(k, "obl:to", "obl:for").stream()
                  .anyMatch(t -> dates.inTimeExpression(d.token(t))))
          && d.children(k, "advmod").stream()
              .noneMatch(a -> d.token(a).lemma().equalsIgnoreCase("indefinitely"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POSTPONING =
      Set.of("postpone", "delay", "reschedule", "push", "move", "defer");

  /**
   * The words that can cancel a meeting: its context and every other verb that acts on it in the
   * enhanced graph ("the debate, which was slated for October 15, has been cancelled" hangs first
   * from "slated", whose head is the debate again, so the walk up never reaches "cancelled"), but
   * not what the meeting itself does ("declining poll numbers") nor a verb about something else.
   */
  private static List<Integer> cancelling(Deps d, int trigger, List<Integer> context) {
    List<Integer> out = new ArrayList<>(context);
    if (!d.headRelation(trigger).startsWith("conj")) {
      for (int g : d.governors(trigger)) {
        String rel = d.headRelationOf(g, trigger);
        if (rel.equals("nsubj:pass") || rel.equals("obj")) {
          out.add(g);
        }
      }
    }
    out.removeIf(k -> k != trigger && aboutSomethingElse(d, k, trigger));
    return out;
  }

  /**
   * Whether verb k has an object, a passive subject or a complement clause that the meeting is not
   * in, or the meeting is only where it happens: "at the debate refusing to recant earlier remarks"
   * refuses the recanting, not the debate, and "a plea … to be rejected at a meeting" the plea;
   * "declined to meet", "refused an invitation to the summit" and "cancelled her trip to Berlin for
   * talks" are about the meeting.
   */
  private static boolean aboutSomethingElse(Deps d, int k, int trigger) {
    if (!d.token(k).pos().startsWith("VB")) {
      return false;
    }
    String own = d.headRelationOf(k, trigger);
    if (!own.isEmpty()) {
      // "cancelled her trip to Berlin for talks": the talks hang from the verb; but what is done
      // at or during a meeting is done there, not to it ("rejected at a meeting today")
      return ActedOn.AT_IT.contains(own);
    }
    // "a plea … was likely to be rejected at a meeting today": what is rejected is the plea
    List<Integer> complements = d.children(k, "obj", "nsubj:pass", "xcomp", "ccomp");
    return !complements.isEmpty()
        && complements.stream()
            .noneMatch(c -> c == trigger || d.subtree(c, e -> true).contains(trigger));
  }
}
