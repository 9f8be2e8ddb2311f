package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityDraft;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * Finds who takes part in a meeting along the dependency paths of its trigger word, the same way
 * for every word of a kind:
 *
 * <ul>
 *   <li>a verb's subject, object, agent ("was met by X") and its "with", "between", "among"
 *       complements ("X met Y", "X and Y met", "X held talks with Y");
 *   <li>a noun's "with", "between", "among", "of", possessor, compound and adjective modifiers
 *       ("talks between X and Y", "X's meeting with Y", "the Trump-Biden debate", "Saudi-Iranian
 *       talks", "a meeting of OPEC"), and, through a light verb or a preposition, the subject of
 *       the verb that governs it ("X held talks", "X arrived for talks", "X said at a meeting");
 * </ul>
 *
 * <p>Each word found is resolved to persons, countries and organisations: names, pronouns and
 * titles through {@link References}; a capital used as an actor to its country; and a group noun to
 * the body or country that modifies it ("U.S. officials", "a World Bank team led by Katrine Saito",
 * "the union's committee", "Japanese negotiators").
 */
final class PartyFinder {
  /** Verbs of travel whose destination country is the host of the talks they lead to. */
  private static final Set<String> TRAVEL_VERBS =
      Set.of("arrive", "travel", "fly", "go", "come", "head", "visit", "return");

  private final Mentions mentions;
  private final References refs;

  private final GroupNouns groups;
  private final Transcript transcript;
  private final PluralAnaphora pair;

  PartyFinder(Mentions mentions, References refs) {
    this.mentions = mentions;
    this.refs = refs;
    this.groups = new GroupNouns(mentions, refs);
    this.transcript = new Transcript(mentions);
    this.pair = new PluralAnaphora(mentions, refs);
  }

  /** The country the story is filed from, if the article names it. */
  Optional<EntityRef> home() {
    return groups.home();
  }

  /**
   * The parties found for a trigger.
   *
   * @param first the side that acts (a verb's subject, a noun's possessor or governing subject)
   * @param counterparts the other side (object, "with", "between", "of" ...)
   * @param body a named body the trigger is a meeting of ("a meeting of OPEC", "the committee met")
   */
  record Found(
      List<Ref> first,
      List<Ref> counterparts,
      Optional<Ref> body,
      boolean withCounterpart,
      boolean slotWithoutParty,
      List<Ref> bodies) {
    Found {
      bodies = List.copyOf(bodies);
    }
  }

  Found ofVerb(Deps d, int trigger, MeetingWords.Trigger word) {
    List<Ref> first = new ArrayList<>();
    List<Ref> other = new ArrayList<>();
    boolean passive = !d.children(trigger, "nsubj:pass").isEmpty();
    for (int k : d.children(trigger, "nsubj")) {
      (passive ? other : first).addAll(resolve(d, k));
    }
    for (int k : d.children(trigger, "obl:agent")) {
      first.addAll(resolve(d, k));
    }
    // A slot a counterpart would fill, filled by something that is no party, means another sense:
    // "met health standards", "met with partial success", "discussed the plan" (no "with").
    boolean with = false;
    List<Integer> slots = new ArrayList<>();
    List<Integer> withSlots =
        new ArrayList<>(d.children(trigger, "obl:with", "obl:between", "obl:among"));
    if (word.word().equals("talk") || word.word().equals("speak")) {
      withSlots.addAll(
          d.children(trigger, "obl:to")); // "I talked to two universities", "spoke to me"
    }
    for (int k : heads(d, withSlots)) {
      List<Ref> r = resolve(d, k);
      other.addAll(r);
      with |= !r.isEmpty();
      slots.add(k);
    }
    if (word.parties() != MeetingWords.Parties.WITH) {
      List<Integer> objects = new ArrayList<>(d.children(trigger, "obj", "iobj"));
      if (word.parties() == MeetingWords.Parties.BODY) {
        objects.addAll(d.children(trigger, "obl:before", "obl:to"));
      }
      for (int k : heads(d, objects)) {
        for (Ref r : resolve(d, k)) {
          // "visited Mexico" names a destination; "visited Putin" a party.
          if (!word.sense().equals("visit") || r.entity().kind() != EntityKind.COUNTRY) {
            other.add(r);
          }
        }
        if (!word.sense().equals("visit") && k > trigger) {
          slots.add(k); // an "object" before the verb is a relative clause's antecedent
        }
      }
    }
    // The nearest filler decides the sense: "meet its export commitments, Energy Minister X said"
    // (the parser adds the speaker as a second object) is not a meeting with X.
    boolean slotWithoutParty =
        slots.stream().min(Integer::compare).map(k -> word(d, k).isEmpty()).orElse(false);
    if (d.children(trigger, "nsubj").isEmpty()) {
      // "…, meeting with Pope Francis": the parser lost the subject; the governing clause's
      // subject, else the person named last before the verb, is the acting side.
      governingSubject(d, trigger).or(() -> personBefore(d, trigger)).ifPresent(first::add);
    }
    Optional<Ref> body = Optional.empty();
    if (word.body() && other.isEmpty() && first.size() == 1) {
      body = first.stream().filter(r -> r.entity().kind() == EntityKind.ORGANIZATION).findFirst();
    }
    return new Found(first, other, body, with, slotWithoutParty, body.stream().toList());
  }

  Found ofNoun(Deps d, int trigger, MeetingWords.Trigger word) {
    List<Ref> first = new ArrayList<>();
    List<Ref> other = new ArrayList<>();
    List<Ref> bodies = new ArrayList<>();
    for (int k : d.children(trigger, "nmod:with", "nmod:between", "nmod:among")) {
      other.addAll(resolve(d, k));
    }
    if (word.sense().equals("visit")) {
      // A visit to a country or city is a meeting only with the people it names ("a visit to
      // Ireland with Taoiseach Leo Varadkar"); the visitor is "by" or the possessor.
      for (int k : d.children(trigger, "nmod:by")) {
        first.addAll(resolve(d, k));
      }
    }
    for (int k : d.children(trigger, "acl:relcl", "acl")) {
      for (int o : d.children(k, "obj")) {
        other.addAll(resolve(d, o)); // "a briefing that included Gavin Newsom"
      }
    }
    for (int k : d.children(trigger, "nmod:of", "nmod:poss", "compound", "amod")) {
      // A title that names its holder ("US envoy" for John Smith) stands alone; the words that
      // modify it are not parties of their own.
      boolean title = !d.token(k).isProperNoun() && !refs.resolve(d, k).isEmpty();
      List<Integer> words =
          title
              ? List.of(k)
              : d.subtree(
                  k, e -> e.relation().startsWith("compound") || e.relation().startsWith("conj"));
      for (int x : words) {
        if (d.token(x).text().equalsIgnoreCase("their")) {
          // "X wrote of Y, recalling their first meeting": the clause's subject and the person
          // nearest the noun.
          governingSubject(d, trigger).ifPresent(other::add);
          other.addAll(personsNear(d, trigger, 2));
          continue;
        }
        for (Ref r : refs.resolve(d, x)) {
          if (r.entity().kind() == EntityKind.PLACE) {
            continue;
          }
          (d.headRelationOf(trigger, k).startsWith("nmod:poss") ? first : other).add(r);
          if (r.entity().kind() == EntityKind.ORGANIZATION) {
            bodies.add(r);
          }
        }
        if (x == k && refs.resolve(d, x).isEmpty()) {
          List<Ref> group = groups.of(d, x);
          other.addAll(group);
          group.stream()
              .filter(r -> r.entity().kind() == EntityKind.ORGANIZATION)
              .forEach(bodies::add);
        }
      }
    }
    int head = d.head(trigger);
    if (head >= 0
        && d.token(head).pos().startsWith("NN")
        && d.headRelation(trigger).matches("nmod:(for|at|in|during)")) {
      // "De Croo, in Washington for talks with Administration officials": the party the noun
      // attaches to came for the talks.
      first.addAll(refs.resolve(d, head));
    }
    if (head >= 0 && d.token(head).pos().startsWith("VB")) {
      String rel = d.headRelation(trigger);
      if (rel.startsWith("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("obl")) {
        // "X held talks with Y", "X arrived in Uganda for talks", "X said at a meeting with Y"
        for (int k : d.children(head, "nsubj")) {
          if (k != trigger) {
            first.addAll(resolve(d, k));
          }
        }
        for (int k : d.children(head, "obl:with", "obl:between", "obl:among")) {
          other.addAll(resolve(d, k)); // "made during a meeting between X and Y" (attached high)
        }
        if (rel.startsWith("obl")) {
          // "In a meeting that day he was told by the minister …", "X told Y at a meeting"
          for (int k : d.children(head, "obl:agent", "obj", "iobj")) {
            other.addAll(resolve(d, k));
          }
          if (word.sense().equals("visit")) {
            // "a loan agreed during a visit here by Ecuador's minister": the parser hangs the
            // visitor on the verb.
            for (int k : d.children(head, "obl:by")) {
              first.addAll(resolve(d, k));
            }
          }
        }
        if (activeSubjects(d, head).isEmpty() && parties(other).size() <= 1) {
          governingSubject(d, head).ifPresent(first::add);
        }
        if (TRAVEL_VERBS.contains(d.token(head).lemma())) {
          // "a team arrived in Uganda for talks": the talks are with the country travelled to.
          for (int k : d.children(head, "obl:in", "obl:to", "obj")) {
            groups.visited(d, k).ifPresent(other::add);
          }
        }
      }
    }
    if (word.body() && parties(first).isEmpty() && parties(other).isEmpty()) {
      // The parser lost the names that modify the noun ("Group of Seven meetings" read as a
      // number phrase): the organisations named right before it, one after the other, are its.
      List<Ref> before = orgsBefore(d, trigger);
      other.addAll(before);
      bodies.addAll(before);
    }
    // "tomorrow's Group of Five and Group of Seven meetings": each named body meets on its own.
    List<Ref> named = new ArrayList<>(first);
    named.addAll(other);
    boolean onlyBodies = word.body() && !bodies.isEmpty() && parties(named).equals(parties(bodies));
    Optional<Ref> body =
        onlyBodies && parties(bodies).size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    if (first.isEmpty() && parties(other).size() == 1 && body.isEmpty()) {
      // Only the other side is named ("a briefing that included Gavin Newsom, Trump denied …",
      // parsed loosely): the subject of the governing clause, else the nearest person, is the
      // first.
      Optional<Ref> subject = governingSubject(d, trigger);
      if (subject.isEmpty() && !hasGoverningSubject(d, trigger)) {
        subject = personsNear(d, trigger, 1).stream().findFirst();
      }
      subject.ifPresent(first::add);
    }
    return new Found(first, other, body, !other.isEmpty(), false, onlyBodies ? bodies : List.of());
  }

  /**
   * The organisations whose names end right before token i, joined by "and" or commas ("the Group
   * of Five and Group of Seven meetings").
   */
  private List<Ref> orgsBefore(Deps d, int i) {
    List<Ref> out = new ArrayList<>();
    int k = i - 1;
    while (k >= 0) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isEmpty()
          || m.get().ref().kind() != EntityKind.ORGANIZATION
          || m.get().last() != k
          || refs.inQuote(m.get().span().begin())) {
        break;
      }
      out.add(0, new Ref(m.get().ref(), m.get().span()));
      k = m.get().first() - 1;
      if (k < 0 || !d.token(k).text().matches("and|,|&")) {
        break;
      }
      k--;
    }
    return out;
  }

  /** The persons named nearest to token i in its sentence, outside quotes, nearest first. */
  private List<Ref> personsNear(Deps d, int i, int max) {
    List<Mention> found = new ArrayList<>();
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.ref().kind() == EntityKind.PERSON
          && !refs.inQuote(m.span().begin())
          && found.stream().noneMatch(f -> f.ref().equals(m.ref()))) {
        found.add(m);
      }
    }
    found.sort(
        java.util.Comparator.comparingInt(
            m -> Math.min(Math.abs(m.first() - i), Math.abs(m.last() - i))));
    return found.stream().limit(max).map(m -> new Ref(m.ref(), m.span())).toList();
  }

  /**
   * The first word of each coordination among the tokens: the enhanced graph repeats a relation on
   * every conjunct ("met standards and the EC" gives two objects), but the slot is filled by the
   * first.
   */
  private static List<Integer> heads(Deps d, List<Integer> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int k : tokens) {
      boolean conjunct = false;
      for (int other : tokens) {
        conjunct |= other != k && d.children(other, "conj").contains(k);
      }
      if (!conjunct) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The entities a word refers to, with its conjuncts: a name, pronoun or title, else the body or
   * country a group noun stands for.
   */
  List<Ref> resolve(Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    List<Integer> words = new ArrayList<>(List.of(k));
    words.addAll(d.children(k, "conj"));
    for (int w : words) {
      out.addAll(word(d, w));
      out.addAll(groups.leader(d, w));
    }
    return out;
  }

  /** The entities one word refers to, without its conjuncts. */
  private List<Ref> word(Deps d, int w) {
    List<Ref> named = members(d, w);
    if (named.isEmpty()) {
      named = pair.resolve(d, w);
    }
    if (named.isEmpty() && !indefinite(d, w)) {
      named = refs.resolve(d, w);
    }
    if (named.isEmpty()) {
      Token t = d.token(w);
      named = transcript.speaker(t).map(r -> List.of(new Ref(r, span(t)))).orElse(List.of());
    }
    return named.isEmpty() ? groups.of(d, w) : named;
  }

  private static Span span(Token t) {
    return new Span(t.begin(), t.end());
  }

  /**
   * "two different universities: Saint Louis University and UTT [University of Texas at Tyler]": a
   * plural noun that names no one stands for the names that spell it out.
   */
  private List<Ref> members(Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    if (!d.token(k).pos().equals("NNS") || mentions.at(d.sentence().index(), k).isPresent()) {
      return out;
    }
    for (int c : d.children(k, "appos", "dep")) {
      List<Integer> names = new ArrayList<>(List.of(c));
      names.addAll(d.children(c, "conj"));
      for (int x : names) {
        List<Ref> r = refs.resolve(d, x);
        if (r.isEmpty()) {
          for (int a : d.children(x, "appos")) {
            r = refs.resolve(d, a); // "UTT [University of Texas at Tyler]"
          }
        }
        r.stream().filter(n -> n.entity().kind() != EntityKind.PLACE).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The subject of the nearest governing clause that has one, if it names a party. A clause whose
   * subject names none ("the employers had invited the unions for talks, Van der Vorm said", "an
   * agreement negotiated with Canada would help, Heller said") ends the search: the speaker of an
   * outer "said" reports the meeting, he is not in it.
   */
  Optional<Ref> governingSubject(Deps d, int trigger) {
    int h = d.head(trigger);
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      List<Integer> subjects = activeSubjects(d, h);
      for (int k : subjects) {
        List<Ref> r = resolve(d, k);
        if (!r.isEmpty()) {
          return Optional.of(r.get(0));
        }
      }
      if (!subjects.isEmpty()) {
        return Optional.empty();
      }
      h = d.head(h);
    }
    return Optional.empty();
  }

  /**
   * A clause's subjects that act: "10 governors were elected at the annual meeting, the exchange
   * said" is the exchange's meeting, the passive subject says nothing about who met.
   */
  private static List<Integer> activeSubjects(Deps d, int h) {
    List<Integer> out = new ArrayList<>(d.children(h, "nsubj"));
    out.removeAll(d.children(h, "nsubj:pass"));
    return out;
  }

  /**
   * "a meeting between Biden and a Ukrainian adviser": a common noun after "a" brings in someone
   * new, not the adviser the article named before.
   */
  private static boolean indefinite(Deps d, int k) {
    Token t = d.token(k);
    return t.pos().startsWith("NN")
        && !t.isProperNoun()
        && d.children(k, "det").stream()
            .anyMatch(x -> Set.of("a", "an", "another").contains(d.token(x).lemma()));
  }

  /** Whether a governing clause has a subject at all (one that names no party is still one). */
  private static boolean hasGoverningSubject(Deps d, int trigger) {
    int h = d.head(trigger);
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      if (!activeSubjects(d, h).isEmpty()) {
        return true;
      }
      h = d.head(h);
    }
    return false;
  }

  /**
   * The person named last before token i in its sentence as a subject, else named last at all,
   * outside quotes: in "Thunberg has met leaders, meeting with Pope Francis and speaking to
   * Congress" the one who speaks is Thunberg, not the Pope she met.
   */
  private Optional<Ref> personBefore(Deps d, int i) {
    Mention best = null;
    Mention subject = null;
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.last() < i
          && m.ref().kind() == EntityKind.PERSON
          && !refs.inQuote(m.span().begin())) {
        best = m;
        if (d.headRelation(m.last()).startsWith("nsubj")) {
          subject = m;
        }
      }
    }
    return Optional.ofNullable(subject != null ? subject : best)
        .map(m -> new Ref(m.ref(), m.span()));
  }

  /**
   * The persons, countries and organisations among refs, each once, in order; news media are left
   * out (an interview is not a meeting).
   */
  Set<EntityRef> parties(List<Ref> refs) {
    Set<EntityRef> out = new LinkedHashSet<>();
    for (Ref r : refs) {
      if (r.entity().kind() != EntityKind.PLACE && !medium(r.entity())) {
        out.add(r.entity());
      }
    }
    return out;
  }

  private boolean medium(EntityRef e) {
    return nameHas(e, MeetingWords.MEDIA);
  }

  /** Whether e is an organisation one addresses as a body ("the National Economic Council"). */
  boolean deliberativeBody(EntityRef e) {
    return nameHas(e, MeetingWords.BODIES);
  }

  /** Whether e is an organisation whose name holds one of the words, as a whole word. */
  private boolean nameHas(EntityRef e, Set<String> words) {
    if (e.kind() != EntityKind.ORGANIZATION) {
      return false;
    }
    EntityDraft draft = mentions.draft(e);
    String name = draft == null ? e.key() : draft.label();
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
