package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.extract.text.WordList;

/**
 * When, where, whether and how a meeting happened, read from its trigger's clause: the day named
 * there, the place it is "in" or "at", the status ({@link StatusReader}: a later day or a cue such
 * as "scheduled" makes it planned, "cancelled" or "refused" makes it cancelled) and the mode (a cue
 * such as "by phone", else what the trigger word says, else in person when it has a place).
 */
final class Circumstances {
  private final Mentions mentions;
  private final Dates dates;
  private final StatusReader statuses;

  Circumstances(Mentions mentions, LocalDate published) {
    this.mentions = mentions;
    this.dates = new Dates(mentions.annotated(), published);
    this.statuses = new StatusReader(dates, published);
  }

  /**
   * What the clause says.
   *
   * @param date the day, with the words that name it
   * @param place where, with the words that name it
   * @param period the month or year, when the clause names one and no day ({@link Dates#periodIn})
   */
  public record Found(
      Optional<LocalDate> date,
      Optional<Span> dateWords,
      Optional<Mention> place,
      MeetingStatus status,
      MeetingMode mode,
      Optional<String> period) {}

  Found of(Deps d, int trigger, MeetingWords.Trigger word, Set<EntityRef> participants) {
    return of(d, trigger, word, participants, scope(d, trigger));
  }

  /** The same, read from the given words (a gapped clause's: "and with Kraus on Tuesday"). */
  Found of(
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      Set<EntityRef> participants,
      List<Integer> scope) {
    Optional<LocalDate> date = Optional.empty();
    Optional<Span> dateWords = Optional.empty();
    for (int[] day : dates.daysIn(d.sentence())) {
      if (scope.contains(day[1]) && !measuredFrom(d, day[1], trigger)) {
        date = Optional.of(dates.dayOf(day[0]));
        dateWords = Optional.of(dates.spanOf(day[0]));
        break;
      }
    }
    Optional<Mention> place = place(d, scope, participants);
    List<Integer> context = context(d, trigger);
    MeetingStatus status = statuses.of(d, trigger, word, context, scope, date);
    MeetingMode mode = mode(d, trigger, scope, context, word, place.isPresent());
    Optional<String> period =
        date.isPresent() ? Optional.empty() : dates.periodIn(d.sentence(), scope);
    return new Found(date, dateWords, place, status, mode, period);
  }

  /** Prepositions that set a day as a bound or a landmark, not as the day something happens. */
  private static final String MEASURED_FROM =
      "(obl|nmod):(before|after|since|until|till|by|prior_to|ahead_of|following)";

  /**
   * Whether the day at token k is a bound the meeting is measured from ("challenged Trump to a
   * debate before Monday's caucus", "talks after Tuesday's vote"), as the phrase between the day
   * and the trigger's clause says: it is not the meeting's day.
   */
  static boolean measuredFrom(Deps d, int k, int trigger) {
    int top = d.head(trigger);
    for (int h = k, steps = 0; h >= 0 && h != trigger && h != top && steps < 6; steps++) {
      if (d.headRelation(h).matches(MEASURED_FROM)
          // a relative clause below the meeting's own words has its own time: "entered the debate
          // atop the polls in Iowa, where voters will go to caucuses Feb. 1"
          || d.headRelation(h).equals("acl:relcl") && d.head(h) != trigger) {
        return true;
      }
      h = d.head(h);
    }
    return false;
  }

  /**
   * The trigger's own subtree and, for a noun, the verb that governs it with its adjuncts; not a
   * relative clause, nor the reporting clause set beside it ("X will meet Y later this month,
   * officials said Wednesday": Wednesday is when they said it).
   */
  static List<Integer> scope(Deps d, int trigger) {
    List<Integer> gapped = Gapping.conjuncts(d, trigger);
    Set<Integer> out =
        new LinkedHashSet<>(
            d.subtree(
                trigger,
                e ->
                    !e.relation().startsWith("acl:relcl")
                        && !e.relation().startsWith("parataxis")
                        && !gapped.contains(e.dependent())
                        && !ownReport(d, e)));
    int head = d.head(trigger);
    if (head >= 0 && !d.token(trigger).pos().startsWith("VB")) {
      out.add(head);
      for (var e : d.children(head)) {
        String rel = e.relation();
        if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advmod")) {
          out.addAll(d.subtree(e.dependent(), x -> true));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * A clause joined to the meeting's that reports a meeting of its own ("discussed trade and will
   * meet again in Paris next month"): its place and day are that meeting's.
   */
  private static boolean ownReport(Deps d, org.w3id.parley.nlp.Dependency e) {
    return e.relation().startsWith("conj")
        && d.token(e.dependent()).pos().startsWith("VB")
        && MeetingWords.trigger(d.token(e.dependent())).isPresent();
  }

  /** Verbs of saying, above which status words are the saying's ({@code reporting-verbs.txt}). */
  private static final Set<String> REPORTING_VERBS =
      Set.copyOf(WordList.words(Circumstances.class, "reporting-verbs.txt"));

  /**
   * The words that can say a meeting is planned or cancelled: the trigger, the verbs that govern it
   * up to a verb of saying, and their auxiliaries and modifiers.
   */
  static List<Integer> context(Deps d, int trigger) {
    Set<Integer> look = new LinkedHashSet<>(List.of(trigger));
    int h = trigger;
    for (int steps = 0; steps < 5 && h >= 0; steps++) {
      look.add(h);
      if (d.headRelation(h).startsWith("conj")) {
        if (d.token(h).pos().equals("VB")
            && d.children(h, "aux", "aux:pass").isEmpty()
            && d.head(h) >= 0) {
          // "will make a visit to France and hold talks with Lopez": a bare verb shares the
          // auxiliary of the verb it is joined to
          look.addAll(d.children(d.head(h), "aux"));
        }
        break; // "rejects Trump's remarks but will meet with him": a verb beside it, not over it
      }
      if (h != trigger && REPORTING_VERBS.contains(d.token(h).lemma())) {
        break; // "declined to say whether any negotiations were scheduled": the saying declined
      }
      h = d.head(h);
    }
    for (int k : new ArrayList<>(look)) {
      for (var e : d.children(k)) {
        String rel = e.relation();
        if (rel.startsWith("aux")
            || rel.startsWith("amod")
            || rel.startsWith("advmod")
            || rel.startsWith("mark")
            || rel.startsWith("xcomp")
            || rel.startsWith("acl")
            || rel.startsWith("compound:prt")
            || rel.startsWith("obl:tmod")
            || rel.startsWith("nmod:tmod")
            || rel.equals("nsubj:xsubj")) { // "accepted an invitation to meet"
          look.add(e.dependent());
        }
      }
    }
    return new ArrayList<>(look);
  }

  private static MeetingMode mode(
      Deps d,
      int trigger,
      List<Integer> scope,
      List<Integer> context,
      MeetingWords.Trigger word,
      boolean placed) {
    Set<Integer> look = new LinkedHashSet<>(scope);
    look.addAll(context);
    int reporting = d.head(trigger);
    if (reporting > trigger && d.headRelation(trigger).matches("dep|ccomp|parataxis")) {
      // "Netanyahu spoke with Putin by telephone, his office said": the parser hangs the phrase
      // between the meeting word and the reporting verb on the reporting verb
      for (int k : d.children(reporting, "obl:by", "obl:over", "obl:via", "obl:on")) {
        if (k > trigger) {
          look.addAll(d.subtree(k, e -> true));
        }
      }
    }
    look.removeAll(purposes(d, trigger));
    // How the parties meet is an adverb of a verb ("met virtually") or of the meeting word; one
    // on a noun phrase says how many: "virtually all other story lines leading up to the debate".
    look.removeIf(
        k -> {
          int h = d.head(k);
          return d.token(k).pos().startsWith("RB")
              && h >= 0
              && h != trigger
              && !d.token(h).pos().startsWith("VB");
        });
    List<Integer> all = new ArrayList<>(look);
    if (cue(d, all, MeetingWords.MODE_CUES, MeetingMode.CALL)) {
      return MeetingMode.CALL;
    }
    if (cue(d, all, MeetingWords.MODE_CUES, MeetingMode.IN_PERSON)) {
      return MeetingMode.IN_PERSON;
    }
    if (word.mode() != MeetingMode.UNKNOWN) {
      return word.mode();
    }
    return placed ? MeetingMode.IN_PERSON : MeetingMode.UNKNOWN;
  }

  /**
   * What a purpose clause on the meeting word does, an action with an object of its own ("the
   * debate, to prepare both virtually and in person"): how that action is done is not how the
   * parties meet. A clause about the meeting itself ("a meeting to be held by video") has none.
   */
  private static List<Integer> purposes(Deps d, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (int v : d.children(trigger, "acl:to", "advcl:to")) {
      if (!d.children(v, "obj").isEmpty()) {
        out.addAll(d.subtree(v, e -> true));
      }
    }
    return out;
  }

  /** Whether a cue with this value starts at one of the tokens (a word by its text or lemma). */
  static <T> boolean cue(Deps d, List<Integer> tokens, List<MeetingWords.Cue<T>> cues, T value) {
    for (MeetingWords.Cue<T> c : cues) {
      if (!c.value().equals(value)) {
        continue;
      }
      for (int k : tokens) {
        if (MeetingWords.matchesAt(d, k, c.words())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A place or country in the clause that the meeting is "in" or "at", not one of its parties. */
  private Optional<Mention> place(Deps d, List<Integer> scope, Set<EntityRef> participants) {
    Mention country = null;
    for (int k : scope) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isEmpty() || participants.contains(m.get().ref())) {
        continue;
      }
      boolean placed =
          d.children(k, "case").stream()
              .anyMatch(c -> Set.of("in", "at").contains(d.token(c).lemma()));
      if (!placed) {
        continue;
      }
      if (m.get().ref().kind() == EntityKind.PLACE) {
        return m;
      }
      if (m.get().ref().kind() == EntityKind.COUNTRY && country == null) {
        country = m.get();
      }
    }
    return Optional.ofNullable(country);
  }
}
