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
import org.w3id.parley.extract.entity.PersonCluster;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Lexicon;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds meetings: a meeting verb ("X met Y", "X and Y are scheduled to meet") or noun ("a meeting
 * with X", "talks between X and Y", "the X-Y meeting", "a press conference with X") with at least
 * two resolvable participants. When a noun names only the other side ("at a meeting with Aliyev"),
 * the subject of the governing verb joins. Date and place come from the trigger's clause; the
 * status is planned when the day is after publication or the clause has a cue such as "scheduled",
 * "will", "due".
 */
public final class MeetingExtractor {
  private static final Set<String> INCLUDING_VERBS =
      Set.of("include", "involve", "feature", "bring");
  private static final Set<String> HOLDING_VERBS = Set.of("hold", "have", "attend", "host", "join");

  private final Mentions mentions;
  private final References refs;
  private final Dates dates;
  private final LocalDate published;

  public MeetingExtractor(Mentions mentions, References refs, LocalDate published) {
    this.mentions = mentions;
    this.refs = refs;
    this.published = published;
    this.dates = new Dates(mentions.annotated());
  }

  public List<Meeting> extract() {
    List<Meeting> found = new ArrayList<>();
    for (Sentence s : mentions.annotated().sentences()) {
      Deps d = new Deps(s);
      for (Token t : s.tokens()) {
        boolean verb = t.pos().startsWith("VB") && Lexicon.MEETING_VERBS.contains(t.lemma());
        boolean noun =
            t.pos().startsWith("NN")
                && Lexicon.MEETING_NOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
        if (verb || noun) {
          meetingAt(d, t.index(), verb).ifPresent(found::add);
        }
      }
    }
    return MeetingMerger.merge(found).stream().map(this::datedByContext).toList();
  }

  /**
   * Who a trigger's clause names as taking part.
   *
   * @param refs the people, countries and organisations the clause names
   * @param sideOnly whether only the other side is named ("a meeting with X"), so the first side
   *     has to be found elsewhere in the sentence
   */
  private record Parties(List<Ref> refs, boolean sideOnly) {}

  private Optional<Meeting> meetingAt(Deps d, int trigger, boolean verb) {
    Optional<Parties> found = verb ? verbParties(d, trigger) : nounParties(d, trigger);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Ref> parties = found.get().refs();
    Set<EntityRef> participants = new LinkedHashSet<>();
    List<Span> words = new ArrayList<>();
    for (Ref r : parties) {
      if (r.entity().kind() != EntityKind.PLACE && participants.add(r.entity())) {
        words.add(r.words());
      }
    }
    if (found.get().sideOnly()) {
      addFirstSide(d, trigger, parties, participants, words);
    }
    dropRepresentedCountries(participants, words, parties);
    if (participants.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(meeting(d, trigger, participants, words));
  }

  /**
   * "X met Y", "X and Y met", "meeting with Y" (subject lost by the parser), "shook hands with".
   */
  private Optional<Parties> verbParties(Deps d, int trigger) {
    if (d.token(trigger).lemma().equals("shake")
        && d.children(trigger, "obj").stream().noneMatch(k -> d.token(k).lemma().equals("hand"))) {
      return Optional.empty(); // only "Carter shakes hands with the leaders of Egypt and Israel"
    }
    List<Ref> parties = new ArrayList<>();
    for (int k : d.children(trigger, "nsubj", "obj", "obl:with", "nsubj:xsubj")) {
      parties.addAll(refs.resolveWithConjuncts(d, k));
    }
    if (d.children(trigger, "nsubj", "nsubj:xsubj").isEmpty()) {
      // "…, meeting with Pope Francis", "Walker, a truck driver who …, first met Hawkins": the
      // parser lost the subject; the main clause's subject, else the person named last before the
      // verb, is the other side.
      governingSubject(d, trigger).or(() -> personBefore(d, trigger)).ifPresent(parties::add);
    }
    return Optional.of(new Parties(parties, false));
  }

  /**
   * "talks between X and Y", "X's meeting with Y", "held a signing with Y", "a briefing that
   * included Y"; a "conference" counts only with a "with".
   */
  private Optional<Parties> nounParties(Deps d, int trigger) {
    List<Integer> with = new ArrayList<>(d.children(trigger, "nmod:with"));
    if (d.token(trigger).lemma().equals("conference") && with.isEmpty()) {
      return Optional.empty();
    }
    int head = d.head(trigger);
    if (head >= 0 && HOLDING_VERBS.contains(d.token(head).lemma())) {
      with.addAll(d.children(head, "obl:with"));
    }
    for (int k : d.children(trigger, "acl:relcl", "acl")) {
      if (INCLUDING_VERBS.contains(d.token(k).lemma())) {
        with.addAll(d.children(k, "obj"));
      }
    }
    List<Ref> parties = new ArrayList<>();
    for (int k : with) {
      parties.addAll(refs.resolveWithConjuncts(d, k));
    }
    for (int k : d.children(trigger, "nmod:between", "nmod:of", "compound", "amod", "nmod:poss")) {
      for (int x :
          d.subtree(
              k, e -> e.relation().startsWith("compound") || e.relation().startsWith("conj"))) {
        parties.addAll(refs.resolve(d, x));
      }
    }
    return Optional.of(new Parties(parties, !with.isEmpty()));
  }

  /**
   * When only the other side was named: the person the sentence is about ("In a briefing that
   * included Gavin Newsom, Trump denied …"), else the subject of the governing clause.
   */
  private void addFirstSide(
      Deps d, int trigger, List<Ref> parties, Set<EntityRef> participants, List<Span> words) {
    if (participants.size() == 1 && governingSubject(d, trigger).isEmpty()) {
      personNear(d, trigger, participants).ifPresent(parties::add);
      parties.stream()
          .filter(r -> r.entity().kind() != EntityKind.PLACE && !participants.contains(r.entity()))
          .findFirst()
          .ifPresent(
              r -> {
                participants.add(r.entity());
                words.add(r.words());
              });
    }
    if (participants.size() == 1) {
      governingSubject(d, trigger)
          .filter(r -> r.entity().kind() != EntityKind.PLACE)
          .ifPresent(
              r -> {
                if (participants.add(r.entity())) {
                  words.add(r.words());
                }
              });
    }
  }

  /** The meeting the trigger describes, with its date, place and status from the same clause. */
  private Meeting meeting(Deps d, int trigger, Set<EntityRef> participants, List<Span> words) {
    Token t = d.token(trigger);
    words.add(new Span(t.begin(), t.end()));
    List<Integer> scope = scope(d, trigger);
    Optional<LocalDate> date = Optional.empty();
    for (int[] day : dates.daysIn(d.sentence())) {
      if (scope.contains(day[1])) {
        date = Optional.of(dates.dayOf(day[0]));
        words.add(dates.spanOf(day[0]));
        break;
      }
    }
    Optional<Mention> where = location(d, scope, participants);
    where.ifPresent(w -> words.add(w.span()));
    MeetingStatus status = status(d, trigger, date);
    int begin = words.stream().mapToInt(Span::begin).min().orElseThrow();
    int end = words.stream().mapToInt(Span::end).max().orElseThrow();
    Span evidence = new Span(begin, end);
    Span sentence = new Span(d.sentence().begin(), d.sentence().end());
    return new Meeting(
        participants,
        where.map(Mention::ref),
        date,
        status,
        List.of(new Evidence(evidence, sentence)));
  }

  /**
   * "A meeting of the Azerbaijani and Armenian foreign ministers": the ministers take part, not
   * their countries.
   */
  private void dropRepresentedCountries(
      Set<EntityRef> participants, List<Span> words, List<Ref> parties) {
    Set<String> represented = new LinkedHashSet<>();
    for (EntityRef p : participants) {
      PersonCluster c = p.kind() == EntityKind.PERSON ? mentions.cluster(p) : null;
      if (c != null) {
        represented.addAll(c.represents);
      }
    }
    for (Ref r : parties) {
      if (r.entity().kind() == EntityKind.COUNTRY && represented.contains(r.entity().key())) {
        participants.remove(r.entity());
        words.remove(r.words());
      }
    }
  }

  /** The person named last before token i in its sentence, outside quotes. */
  private Optional<Ref> personBefore(Deps d, int i) {
    Mention best = null;
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.last() < i
          && m.ref().kind() == EntityKind.PERSON
          && !refs.inQuote(m.span().begin())) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(m -> new Ref(m.ref(), m.span()));
  }

  /**
   * An undated held meeting takes the day of another sentence that names the same people with a day
   * of its own ("Yesterday, Zelensky declined Honcharuk's offer …" dates "Zelensky said in a
   * meeting with Honcharuk").
   */
  private Meeting datedByContext(Meeting m) {
    if (m.date().isPresent() || m.status() != MeetingStatus.HELD) {
      return m;
    }
    for (Sentence s : mentions.annotated().sentences()) {
      if (m.evidence().stream()
          .anyMatch(e -> e.span().begin() >= s.begin() && e.span().begin() < s.end())) {
        continue; // the meeting's own sentence was read already: a day there belongs to something
        // else
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
        if (!date.isAfter(published) && !refs.inQuote(dates.spanOf(day[0]).begin())) {
          return new Meeting(
              m.participants(), m.location(), Optional.of(date), m.status(), m.evidence());
        }
      }
    }
    return m;
  }

  /** The person named nearest to token i in its sentence who is not already a participant. */
  private Optional<Ref> personNear(Deps d, int i, Set<EntityRef> taken) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.ref().kind() == EntityKind.PERSON
          && !taken.contains(m.ref())
          && !refs.inQuote(m.span().begin())) {
        int distance = Math.min(Math.abs(m.first() - i), Math.abs(m.last() - i));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = m;
        }
      }
    }
    return Optional.ofNullable(best).map(m -> new Ref(m.ref(), m.span()));
  }

  /**
   * The trigger's clause: its own subtree and, for a noun, the subtree of the verb that governs it.
   */
  private static List<Integer> scope(Deps d, int trigger) {
    Set<Integer> out =
        new LinkedHashSet<>(d.subtree(trigger, e -> !e.relation().startsWith("acl:relcl")));
    int head = d.head(trigger);
    if (head >= 0 && !d.token(trigger).pos().startsWith("VB")) {
      out.add(head);
      for (var e : d.children(head)) {
        String rel = e.relation();
        if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("obl:tmod")) {
          out.addAll(d.subtree(e.dependent(), x -> true));
        }
      }
    }
    return new ArrayList<>(out);
  }

  private Optional<Ref> governingSubject(Deps d, int trigger) {
    int h = d.head(trigger);
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      for (int k : d.children(h, "nsubj")) {
        List<Ref> r = refs.resolve(d, k);
        if (!r.isEmpty()) {
          return Optional.of(r.get(0));
        }
      }
      h = d.head(h);
    }
    return Optional.empty();
  }

  private Optional<Mention> location(Deps d, List<Integer> scope, Set<EntityRef> participants) {
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

  private MeetingStatus status(Deps d, int trigger, Optional<LocalDate> date) {
    if (date.isPresent() && !date.get().equals(published)) {
      return date.get().isAfter(published) ? MeetingStatus.PLANNED : MeetingStatus.HELD;
    }
    Set<Integer> look = new LinkedHashSet<>(List.of(trigger));
    int h = trigger;
    for (int steps = 0; steps < 5 && h >= 0; steps++) {
      look.add(h);
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
            || rel.startsWith("obl:tmod")) {
          look.add(e.dependent());
        }
      }
    }
    for (int k : look) {
      Token t = d.token(k);
      if (Lexicon.PLANNED_CUES.contains(t.text().toLowerCase(java.util.Locale.ROOT))
          || Lexicon.PLANNED_CUES.contains(t.lemma())) {
        return MeetingStatus.PLANNED;
      }
    }
    return MeetingStatus.HELD;
  }
}
