package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.PartyNames;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.statement.Statement;
import org.w3id.parley.extract.text.Deps;

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
 *       the verb that governs it ("X held talks", "X arrived for talks", "X said at a meeting"), or
 *       the subject it is said of ("X is in talks with Y");
 * </ul>
 *
 * <p>Each word found is resolved to persons, countries and organisations: names, pronouns and
 * titles through {@link References}; a capital used as an actor to its country; and a group noun to
 * the body or country that modifies it ({@link PartyWords}) ("U.S. officials", "a World Bank team
 * led by Katrine Saito", "the union's committee", "Japanese negotiators").
 */
final class PartyFinder {
  /** Verbs of travel whose destination country is the host of the talks they lead to. */
  private static final Set<String> TRAVEL_VERBS =
      Set.of("arrive", "travel", "fly", "go", "come", "head", "visit", "return");

  /** Nouns that count or time a meeting noun: "two days of talks", "a series of meetings". */
  private static final Set<String> MEASURES =
      Set.of("day", "week", "month", "hour", "round", "series", "year");

  /** "with" verbs whose subjects can be both sides: "X and Y talked" (not "spoke", at a rally). */
  private static final Set<String> RECIPROCAL = Set.of("talk", "confer", "negotiate");

  /** Verbs that only carry a meeting noun: "X and Y held talks", "had a call". */
  private static final Set<String> LIGHT_VERBS =
      Set.of("hold", "have", "conduct", "begin", "start", "open", "resume", "end", "wrap");

  private final Mentions mentions;

  private final References refs;

  private final GroupNouns groups;

  private final PartyWords words;

  PartyFinder(Mentions mentions, References refs, List<Statement> quoted) {
    this.mentions = mentions;
    this.refs = refs;
    this.words = new PartyWords(mentions, refs, quoted);
    this.groups = words.groups();
  }

  /** The country the story is filed from, if the article names it. */
  Optional<EntityRef> home() {
    return groups.home();
  }

  /** The subject of the nearest governing clause, if it names a party ({@link Clauses}). */
  Optional<Ref> governingSubject(Deps d, int trigger) {
    return Clauses.governingSubject(words, d, trigger);
  }

  /** The parties a word and its conjuncts refer to ({@link PartyWords#resolve}). */
  List<Ref> resolve(Deps d, int k) {
    return words.resolve(d, k);
  }

  /** The persons, countries and organisations among refs ({@link PartyWords#parties}). */
  Set<EntityRef> parties(List<Ref> refs) {
    return words.parties(refs);
  }

  /** Whether e is an organisation one addresses as a body ({@link PartyWords#deliberativeBody}). */
  boolean deliberativeBody(EntityRef e) {
    return words.deliberativeBody(e);
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
    for (int o : d.children(trigger, "obj")) {
      // The parser often hangs the counterpart on the object: "negotiated a contract with Y",
      // "discussed the plan with Y".
      withSlots.addAll(d.children(o, "nmod:with", "nmod:between", "nmod:among"));
      if (word.sense().equals("negotiate")) {
        withSlots.addAll(d.children(o, "nmod:from")); // "negotiated a loan from the Bank of X"
      }
    }
    if (word.sense().equals("negotiate")) {
      withSlots.addAll(d.children(trigger, "obl:from"));
    }
    if (word.word().equals("talk") || word.word().equals("speak")) {
      withSlots.addAll(
          d.children(trigger, "obl:to")); // "I talked to two universities", "spoke to me"
    }
    for (int k : Clauses.heads(d, withSlots)) {
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
      for (int k : Clauses.heads(d, objects)) {
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
    if (RECIPROCAL.contains(word.word()) && parties(first).size() >= 2) {
      with = true; // "X and Y talked", "the two men negotiated": each is the other's counterpart
    }
    // The nearest filler decides the sense: "meet its export commitments, Energy Minister X said"
    // (the parser adds the speaker as a second object) is not a meeting with X.
    boolean slotWithoutParty =
        slots.stream().min(Integer::compare).map(k -> words.word(d, k).isEmpty()).orElse(false);
    if (d.children(trigger, "nsubj").isEmpty()) {
      // "…, meeting with Pope Francis": the parser lost the subject; the governing clause's
      // subject, else the person named last before the verb, is the acting side.
      Clauses.governingSubject(words, d, trigger)
          .or(() -> words.personBefore(d, trigger))
          .ifPresent(first::add);
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
    // The counterparts the noun itself names: a "with" word ("a call with Y") needs one of these,
    // or two parties in its modifiers ("the Trump-Biden call"); "X said at the conference" or
    // "X threw Y out of a news conference" names none.
    List<Ref> explicit = new ArrayList<>();
    List<Ref> modified = new ArrayList<>();
    List<Ref> subjects = new ArrayList<>();
    for (int k : d.children(trigger, "nmod:with", "nmod:between", "nmod:among")) {
      explicit.addAll(resolve(d, k));
    }
    for (int k : d.children(trigger, "nsubj")) {
      first.addAll(resolve(d, k)); // the noun is the predicate: "X is in talks with Y"
    }
    for (int k : d.children(trigger, "acl:between", "acl:among")) {
      // "Talks between X and Y resumed": the parser reads "between X and Y resumed" as a clause
      // whose subjects are the parties.
      for (int s : d.children(k, "nsubj", "nsubj:pass")) {
        explicit.addAll(resolve(d, s));
      }
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
        explicit.addAll(resolve(d, o)); // "a briefing that included Gavin Newsom"
      }
    }
    other.addAll(explicit);
    for (int k : d.children(trigger, "nmod:of", "nmod:poss", "compound", "amod")) {
      // A title that names its holder ("US envoy" for John Smith) stands alone; the words that
      // modify it are not parties of their own.
      boolean title = !d.token(k).isProperNoun() && !refs.resolve(d, k).isEmpty();
      List<Integer> modifiers =
          title
              ? List.of(k)
              : d.subtree(
                  k, e -> e.relation().startsWith("compound") || e.relation().startsWith("conj"));
      for (int x : modifiers) {
        if (d.token(x).text().equalsIgnoreCase("their")) {
          // "X wrote of Y, recalling their first meeting": the clause's subject and the person
          // nearest the noun.
          Clauses.governingSubject(words, d, trigger).ifPresent(other::add);
          other.addAll(words.personsNear(d, trigger, 2));
          continue;
        }
        for (Ref r : refs.resolve(d, x)) {
          if (r.entity().kind() == EntityKind.PLACE
              || word.sense().equals("debate")
                  && r.entity().kind() == EntityKind.ORGANIZATION
                  && (d.token(x).pos().startsWith("JJ")
                      || PartyNames.of(d.token(x).text()).isPresent())) {
            continue; // "a Democratic debate", "a GOP debate": the party's candidates debate
          }
          modified.add(r);
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
    // "after two days of talks", "a round of talks": the measure stands in the clause for them.
    int anchor =
        d.head(trigger) >= 0
                && d.headRelation(trigger).equals("nmod:of")
                && MEASURES.contains(d.token(d.head(trigger)).lemma())
            ? d.head(trigger)
            : trigger;
    int head = d.head(anchor);
    if (head >= 0
        && d.token(head).pos().startsWith("NN")
        && d.headRelation(anchor).matches("nmod:(for|at|in|during)")) {
      // "De Croo, in Washington for talks with Administration officials": the party the noun
      // attaches to came for the talks.
      first.addAll(refs.resolve(d, head));
    }
    if (head >= 0 && d.token(head).pos().startsWith("VB")) {
      String rel = d.headRelation(anchor);
      if (rel.startsWith("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("obl")) {
        // "X held talks with Y", "X arrived in Uganda for talks", "X said at a meeting with Y"
        for (int k : d.children(head, "nsubj")) {
          if (k != anchor) {
            List<Ref> r = resolve(d, k);
            first.addAll(r);
            if (LIGHT_VERBS.contains(d.token(head).lemma())) {
              subjects.addAll(r);
            }
          }
        }
        for (int k : d.children(head, "obl:with", "obl:between", "obl:among")) {
          // "made during a meeting between X and Y", "held a call with Y" (attached high)
          List<Ref> r = resolve(d, k);
          other.addAll(r);
          explicit.addAll(r);
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
        if (Clauses.activeSubjects(d, head).isEmpty() && parties(other).size() <= 1) {
          Clauses.governingSubject(words, d, head).ifPresent(first::add);
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
      List<Ref> before = words.orgsBefore(d, trigger);
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
      Optional<Ref> subject = Clauses.governingSubject(words, d, trigger);
      if (subject.isEmpty() && !Clauses.hasGoverningSubject(d, trigger)) {
        subject = words.personsNear(d, trigger, 1).stream().findFirst();
      }
      subject.ifPresent(first::add);
    }
    boolean counterpart =
        !parties(explicit).isEmpty()
            || parties(modified).size() >= 2
            || parties(subjects).size() >= 2; // "X and Y held a call"
    return new Found(first, other, body, counterpart, false, onlyBodies ? bodies : List.of());
  }
}
