package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Evidence;

/**
 * Merges the reports of one meeting within an article: same participants and status (or, for a
 * political party's own meeting with no day, any status), and dates, places and modes that agree
 * (equal, or one unknown): a call and a meeting face to face are two. The merged meeting keeps
 * every piece of evidence and takes the date and place any report gives.
 */
final class MeetingMerger {
  private MeetingMerger() {}

  static List<Meeting> merge(List<Meeting> found) {
    return merge(found, (a, b) -> false, e -> false);
  }

  /**
   * The same, keeping apart any two that {@code apart} tells apart (reports that name different
   * months for themselves), and taking two undated reports of one political party's own meeting for
   * one meeting whatever their statuses ({@link #onePartysUndated}).
   *
   * @param party whether an organisation is a political party
   */
  static List<Meeting> merge(
      List<Meeting> found, BiPredicate<Meeting, Meeting> apart, Predicate<EntityRef> party) {
    return mergeWhere(
        found,
        (o, m) ->
            o.participants().equals(m.participants())
                && !apart.test(o, m)
                && (o.status() == m.status() || calledOff(o, m) || onePartysUndated(o, m, party))
                // "called half a dozen HP directors" and "convened with the HP board" are two,
                // "he was joined on the call by Hogue" one
                && (o.mode() == m.mode()
                    || o.mode() == MeetingMode.UNKNOWN
                    || m.mode() == MeetingMode.UNKNOWN
                    || oneSentence(o, m))
                && (o.date().isEmpty() || m.date().isEmpty() || o.date().equals(m.date()))
                // "the summit in Geneva" and "their summit in Reykjavik" are two summits
                && (o.location().isEmpty()
                    || m.location().isEmpty()
                    || o.location().equals(m.location())),
        (o, m) -> {
          Meeting both = calledOff(o, m) ? cancelled(combine(o, m)) : combine(o, m);
          return oneSentence(o, m) && (o.mode() == MeetingMode.CALL || m.mode() == MeetingMode.CALL)
              ? withMode(both, MeetingMode.CALL) // the call word says how, "joined" does not
              : both;
        });
  }

  /** Whether two reports come from one sentence. */
  private static boolean oneSentence(Meeting a, Meeting b) {
    return a.evidence().stream()
        .anyMatch(x -> b.evidence().stream().anyMatch(y -> x.sentence().equals(y.sentence())));
  }

  private static Meeting withMode(Meeting m, MeetingMode mode) {
    return new Meeting(m.participants(), m.location(), m.date(), m.status(), mode, m.evidence());
  }

  /**
   * A planned meeting and a cancelled one of the same parties are one meeting that was planned and
   * then called off ("Sanders had said he would debate her" … "Clinton rejected a proposal for one
   * final debate with Sanders").
   */
  private static boolean calledOff(Meeting a, Meeting b) {
    return java.util.EnumSet.of(a.status(), b.status())
        .equals(java.util.EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.CANCELLED));
  }

  /**
   * Two reports of one political party's own meeting that name no day ("the Democratic convention",
   * "the party's convention in Philadelphia", "a brokered convention") are its one convention or
   * caucus of the campaign the article is about, whatever the tense of each, and the first report's
   * status stands. Reports that name different months or years for themselves are kept apart before
   * this ({@link ReportPeriods}); other bodies (a commodity council, a central bank's board) meet
   * often, so their reports are merged only where their statuses agree.
   */
  private static boolean onePartysUndated(Meeting a, Meeting b, Predicate<EntityRef> party) {
    return a.participants().size() == 1
        && party.test(a.participants().iterator().next())
        && a.date().isEmpty()
        && b.date().isEmpty()
        && a.status() != MeetingStatus.CANCELLED
        && b.status() != MeetingStatus.CANCELLED;
  }

  private static Meeting cancelled(Meeting m) {
    return new Meeting(
        m.participants(), m.location(), m.date(), MeetingStatus.CANCELLED, m.mode(), m.evidence());
  }

  /**
   * Meetings of one article with the same participants on the same day are one meeting node in the
   * store (its IRI is participants and day), so they become one meeting here, whatever their
   * statuses: "the company's management was meeting, but its board was not scheduled to meet today"
   * are two reports of the company meeting that day. A report that it was held outweighs one that
   * it was called off, which outweighs one that it is planned.
   */
  static List<Meeting> mergeSameDay(List<Meeting> meetings) {
    return mergeWhere(
        meetings,
        (o, m) ->
            m.date().isPresent()
                && o.participants().equals(m.participants())
                && o.date().equals(m.date()),
        (o, m) -> rank(m.status()) < rank(o.status()) ? combine(m, o) : combine(o, m));
  }

  /** Folds each meeting into the first earlier one it is the same as, else keeps it. */
  private static List<Meeting> mergeWhere(
      List<Meeting> meetings, BiPredicate<Meeting, Meeting> same, BinaryOperator<Meeting> fold) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting m : meetings) {
      int target = -1;
      for (int i = 0; i < out.size() && target < 0; i++) {
        if (same.test(out.get(i), m)) {
          target = i;
        }
      }
      if (target < 0) {
        out.add(m);
      } else {
        out.set(target, fold.apply(out.get(target), m));
      }
    }
    return out;
  }

  private static int rank(MeetingStatus s) {
    return switch (s) {
      case HELD -> 0;
      case CANCELLED -> 1;
      case PLANNED -> 2;
    };
  }

  /**
   * A meeting reported again with more parties ("Weber spoke at the convention" after "the NAACP
   * held its convention"): a's date, place and status, both parties and evidence; a planned one
   * reported again as called off ("the meeting was cancelled") was cancelled.
   */
  static Meeting joined(Meeting a, Meeting b) {
    Meeting both = calledOff(a, b) ? cancelled(combine(a, b)) : combine(a, b);
    java.util.Set<EntityRef> parties = new java.util.LinkedHashSet<>(a.participants());
    parties.addAll(b.participants());
    return new Meeting(
        parties, both.location(), both.date(), both.status(), both.mode(), both.evidence());
  }

  private static Meeting combine(Meeting a, Meeting b) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence e : b.evidence()) {
      // Two words of one sentence ("spoke with … by phone") are one report: its first words.
      if (evidence.stream().noneMatch(x -> x.sentence().equals(e.sentence()))) {
        evidence.add(e);
      }
    }
    Optional<EntityRef> location = a.location().isPresent() ? a.location() : b.location();
    MeetingMode mode = a.mode() != MeetingMode.UNKNOWN ? a.mode() : b.mode();
    return new Meeting(
        a.participants(), location, a.date().or(b::date), a.status(), mode, evidence);
  }
}
