package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.PartyNames;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;

/**
 * The parties of a meeting noun: its "with", "between", "among", "of", possessor, compound and
 * adjective modifiers ("talks between X and Y", "X's meeting with Y", "the Trump-Biden debate",
 * "Saudi-Iranian talks", "a meeting of OPEC"), and, through a light verb or a preposition, the
 * subject of the verb that governs it ("X held talks", "X arrived for talks", "X said at a
 * meeting"), or the subject it is said of ("X is in talks with Y"). A "with" noun ("a call") needs
 * a counterpart it names itself.
 */
final class NounParties {
  /** Verbs of travel whose destination country is the host of the talks they lead to. */
  static final Set<String> TRAVEL_VERBS =
      Set.of("arrive", "travel", "fly", "go", "come", "head", "visit", "return");

  /**
   * Nouns that count, time or divide a meeting noun and stand for it in the clause: "two days of
   * talks", "a series of meetings", "told Trump at the beginning of the meeting", "met on the
   * sidelines of the summit" (not "the eve of the summit", which is before it).
   */
  private static final Set<String> MEASURES =
      Set.of(
          "day",
          "week",
          "month",
          "hour",
          "round",
          "series",
          "year",
          "beginning",
          "start",
          "end",
          "close",
          "outset",
          "opening",
          "conclusion",
          "middle",
          "course",
          "sideline",
          "margin");

  /** Verbs whose agent gives a gathering: "a dinner hosted by X", "a forum organised by Y". */
  private static final Set<String> HOSTING =
      Set.of("host", "organize", "organise", "sponsor", "convene", "stage", "arrange", "chair");

  /** Verbs that carry a visit noun: "paid a visit to", "made a trip to". */
  private static final Set<String> VISIT_VERBS = Set.of("pay", "make");

  /** Verbs that carry a speech noun: "gave a speech to", "delivered an address to". */
  static final Set<String> SPEAKING_VERBS = Set.of("give", "deliver", "make");

  /** Verbs whose agent is at a gathering: "a summit attended by X", "talks joined by Y". */
  private static final Set<String> ATTENDED = Set.of("attend", "join");

  /** Verbs of taking the stage at an occasion: "spoke at a Trump rally". */
  private static final Set<String> PERFORMING =
      Set.of("appear", "speak", "headline", "perform", "campaign");

  /** Verbs of putting on an occasion for someone: "gave a dinner for Weber". */
  private static final Set<String> GIVING = Set.of("hold", "give", "throw");

  /** Verbs whose subject is the end of a call that did not make it: "returned Weber's call". */
  private static final Set<String> ANSWERING =
      Set.of("receive", "take", "get", "return", "answer", "accept", "field");

  /**
   * Verbs that only carry a meeting noun, their subject its party: "X and Y held talks", "had a
   * call", "OPEC called an emergency meeting", "the council convened a session".
   */
  static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "have",
          "conduct",
          "begin",
          "start",
          "open",
          "resume",
          "end",
          "wrap",
          "call",
          "convene",
          "schedule");

  /** Verbs whose subject takes part in the meeting they govern, whoever else it names. */
  private static final Set<String> TAKING_PART =
      Set.of(
          "hold", "have", "attend", "chair", "host", "convene", "join", "lead", "conduct", "open",
          "address", "skip", "boycott");

  /** Nouns whose "at" organisation is spoken to: "an appearance at the Rotary Club". */
  private static final Set<String> APPEARING_AT = Set.of("appearance", "speech");

  private final PartyFinder finder;
  private final References refs;
  private final PartyWords words;
  private final GroupNouns groups;

  NounParties(PartyFinder finder, References refs, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.refs = refs;
    this.words = words;
    this.groups = groups;
  }

  private List<Ref> resolve(Deps d, int k) {
    return finder.resolve(d, k);
  }

  private Set<EntityRef> parties(List<Ref> r) {
    return finder.parties(r);
  }

  /**
   * The clauses that describe the noun itself: a relative or participial clause ("a briefing that
   * included Gavin Newsom", "a dinner hosted by X"), not an adverbial one the parser hung on it
   * ("his first rally since the pandemic engaged the United States").
   */
  private static List<Integer> aclauses(Deps d, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (var e : d.children(trigger)) {
      if (e.relation().equals("acl") || e.relation().equals("acl:relcl")) {
        out.add(e.dependent());
      }
    }
    return out;
  }

  PartyFinder.Found of(Deps d, int trigger, MeetingWords.Trigger word) {
    List<Ref> first = new ArrayList<>();
    List<Ref> other = new ArrayList<>();
    List<Ref> bodies = new ArrayList<>();
    // The counterparts the noun itself names: a "with" word ("a call with Y") needs one of these,
    // or two parties in its modifiers ("the Trump-Biden call"); "X said at the conference" or
    // "X threw Y out of a news conference" names none.
    List<Ref> explicit = new ArrayList<>();
    List<Ref> modified = new ArrayList<>();
    List<Ref> subjects = new ArrayList<>();
    List<Ref> destinations = new ArrayList<>();
    for (int k : d.children(trigger, "nmod:with", "nmod:between", "nmod:among")) {
      explicit.addAll(Apposed.counterpart(words, d, k));
    }
    if (word.sense().equals("call")
        && d.head(trigger) >= 0
        && ANSWERING.contains(d.token(d.head(trigger)).lemma())) {
      for (int k : d.children(trigger, "nmod:from")) {
        // "received a call from Weber": the caller (not "calls from her rivals to resign")
        explicit.addAll(resolve(d, k));
      }
    }
    int giver = d.head(trigger);
    if (giver >= 0
        && d.headRelation(trigger).equals("obj")
        && (HOSTING.contains(d.token(giver).lemma()) || GIVING.contains(d.token(giver).lemma()))) {
      for (int k : d.children(trigger, "nmod:for")) {
        // "hosted a dinner for Weber", "held a fund-raiser for Clinton": the guest of honour
        explicit.addAll(resolve(d, k));
      }
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
    if (word.parties() == MeetingWords.Parties.BODY
        || word.parties() == MeetingWords.Parties.AUDIENCE) {
      List<Integer> to = new ArrayList<>(d.children(trigger, "nmod:before", "nmod:to"));
      int verb = d.head(trigger);
      if (word.parties() == MeetingWords.Parties.AUDIENCE
          && verb >= 0
          && d.headRelation(trigger).equals("obj")
          && SPEAKING_VERBS.contains(d.token(verb).lemma())) {
        to.addAll(d.children(verb, "obl:to", "obl:before")); // "gave a speech to X", on "gave"
      }
      for (int k : to) {
        // "testimony before the Senate Banking Committee", "a speech to the Commodity Club"
        explicit.addAll(resolve(d, k));
      }
    }
    if (APPEARING_AT.contains(word.word())) {
      // "an appearance at the Republican Jewish Coalition": the organisation spoken at is the
      // audience
      List<Integer> at = new ArrayList<>(d.children(trigger, "nmod:at"));
      int verb = d.head(trigger);
      if (verb >= 0
          && d.headRelation(trigger).equals("obj")
          && SPEAKING_VERBS.contains(d.token(verb).lemma())) {
        at.addAll(d.children(verb, "obl:at")); // "gave a speech at the Brookings Institution"
      }
      explicit.addAll(finder.audienceAt(d, at));
    }
    if (word.sense().equals("visit")) {
      // A visit to a country or city is a meeting only with the people it names ("a visit to
      // Ireland with Taoiseach Leo Varadkar"); the visitor is "by" or the possessor.
      for (int k : d.children(trigger, "nmod:by")) {
        first.addAll(resolve(d, k));
      }
      List<Integer> to = new ArrayList<>(d.children(trigger, "nmod:to"));
      int verb = d.head(trigger);
      if (verb >= 0
          && d.headRelation(trigger).equals("obj")
          && VISIT_VERBS.contains(d.token(verb).lemma())) {
        to.addAll(d.children(verb, "obl:to")); // "paid a state visit to Japan", hung on "paid"
      }
      for (int k : d.children(trigger, "compound")) {
        // "his week-long Washington visit": a country or capital before the noun is where to
        groups.visited(d, k).ifPresent(destinations::add);
      }
      for (int k : to) {
        // "paid a visit to Weber in hospital": a visit to a person or a body is with them
        for (Ref r : resolve(d, k)) {
          (r.entity().kind() == EntityKind.COUNTRY ? destinations : explicit).add(r);
        }
        if (resolve(d, k).stream().allMatch(r -> r.entity().kind() == EntityKind.PLACE)) {
          groups.visited(d, k).ifPresent(destinations::add); // "a visit to Ankara": Turkey's
        }
      }
    }
    for (int k : aclauses(d, trigger)) {
      for (int o : d.children(k, "obj")) {
        explicit.addAll(resolve(d, o)); // "a briefing that included Gavin Newsom"
      }
      if (ATTENDED.contains(d.token(k).lemma()) && k - trigger <= 2) {
        // right after the noun: the parser hangs a far "attended by" on any noun before it
        for (int a : d.children(k, "obl:agent", "obl:by")) {
          explicit.addAll(resolve(d, a)); // "the summit, attended by the leaders of Cyprus, …"
        }
      }
      if (HOSTING.contains(d.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
        for (int a : d.children(k, "obl:agent", "obl:by")) {
          // "a dinner hosted by the Atlantic Council": the host takes part, a body on its own
          for (Ref r : resolve(d, a)) {
            explicit.add(r);
            if (r.entity().kind() == EntityKind.ORGANIZATION) {
              bodies.add(r);
            }
          }
        }
      }
    }
    other.addAll(explicit);
    for (int k : d.children(trigger, "nmod:of", "nmod:poss", "compound", "amod")) {
      if (word.sense().equals("hearing")
          && d.headRelationOf(trigger, k).equals("nmod:of")
          && refs.resolve(d, k).stream().allMatch(r -> r.entity().kind() == EntityKind.PERSON)) {
        continue; // "the impeachment hearings of Nixon and Clinton": the matter, not the parties
      }
      // A title that names its holder ("US envoy" for John Smith) stands alone; the words that
      // modify it are not parties of their own.
      boolean title =
          d.token(k).pos().startsWith("NN")
              && !d.token(k).isProperNoun()
              && !refs.resolve(d, k).isEmpty();
      List<Integer> modifiers =
          title
              ? List.of(k)
              : d.subtree(
                  k,
                  e ->
                      e.relation().startsWith("compound")
                          || e.relation().startsWith("conj")
                          || hyphenated(d, e));
      for (int x : modifiers) {
        if (d.token(x).text().equalsIgnoreCase("their")) {
          // "X wrote of Y, recalling their first meeting": the clause's subject and the person
          // nearest the noun; "Republicans will hold their convention": the body's own.
          Optional<Ref> subject = Clauses.governingSubject(words, d, trigger);
          subject.ifPresent(other::add);
          subject
              .filter(r -> word.body() && r.entity().kind() == EntityKind.ORGANIZATION)
              .ifPresent(bodies::add);
          other.addAll(words.personsNear(d, trigger, 2));
          continue;
        }
        for (Ref r : refs.resolve(d, x)) {
          if (word.sense().equals("hearing")
              && r.entity().kind() == EntityKind.ORGANIZATION
              && !finder.deliberativeBody(r.entity())) {
            continue; // "the Supreme Court confirmation hearings": held by a legislature, not the
            // Court
          }
          if (r.entity().kind() == EntityKind.PLACE
              || word.sense().equals("debate")
                  && r.entity().kind() == EntityKind.ORGANIZATION
                  && (d.token(x).pos().startsWith("JJ")
                      || PartyNames.of(d.token(x).text()).isPresent()
                      || PartyNames.of(words.label(r.entity())).isPresent())) {
            // "a Democratic debate", "a GOP debate", "the Democratic Party's final debate": the
            // party's candidates debate
            continue;
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
    int stage = d.head(trigger);
    if (stage >= 0
        && PERFORMING.contains(d.token(stage).lemma())
        && d.headRelation(trigger).matches("obl:(at|in|on)")
        && parties(explicit).isEmpty()) {
      // "Sessions spoke at a Trump rally": the one whose occasion it is meets whoever performs
      // there (not whoever attends it: "Sharp attended a Trump rally" may be in the crowd)
      List<Ref> hosts =
          modified.stream().filter(r -> r.entity().kind() == EntityKind.PERSON).toList();
      if (parties(hosts).size() == 1) {
        explicit.addAll(hosts);
      }
    }
    // "after two days of talks", "at the end of the talks": the measure stands in the clause for
    // them.
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
      // attaches to came for the talks; "Yeutter, in New Zealand for GATT talks, told Reuters",
      // where the parser hangs them on the place, the one who is there.
      first.addAll(cameFor(d, head));
    }
    first.addAll(Attendance.at(finder, words, d, anchor, word));
    boolean unnamedOwner = SubjectSide.unnamedOwner(finder, groups, d, trigger);
    boolean lookedOn = SubjectSide.lookedOn(d, anchor);
    if (head >= 0 && d.token(head).pos().startsWith("VB")) {
      String rel = d.headRelation(anchor);
      if (rel.startsWith("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("obl")) {
        // "X held talks with Y", "X arrived in Uganda for talks", "X said at a meeting with Y";
        // not "X hopes a meeting of A and B will help": a meeting that names both its sides has
        // only those, unless the verb takes part in it ("X attended a meeting of A and B").
        // Nor "X praised Y's visit to Mexico": a noun whose own possessor acts has its side.
        boolean answered = word.sense().equals("call") && ANSWERING.contains(d.token(head).lemma());
        if (answered && rel.startsWith("obj")) {
          // "Lopez returned Weber's call", "took a call from Weber": the caller is the other end
          for (int k : d.children(anchor, "nmod:poss")) {
            List<Ref> r = resolve(d, k);
            first.removeAll(r);
            other.addAll(r);
            explicit.addAll(r);
          }
        }
        // "briefed Shultz on Thatcher's visit to the Soviet Union": a visit that names its visitor
        // and where it went, told of to someone, has both its sides (not "during Obama's visit to
        // Turkey, Erdogan reiterated …", where the host acts at it).
        boolean visitSided =
            word.sense().equals("visit")
                && rel.matches("obl:(on|about|over)")
                && d.children(head, "obj").stream().anyMatch(o -> o > head && o < trigger)
                && !parties(first).isEmpty()
                && !(parties(other).isEmpty() && parties(destinations).isEmpty())
                && !d.children(trigger, "nmod:poss").isEmpty();
        boolean ownSides =
            (parties(other).size() >= 2 && !SubjectSide.withOnly(d, trigger, !modified.isEmpty())
                    || !parties(first).isEmpty() && rel.startsWith("obj")
                    || visitSided)
                && !TAKING_PART.contains(d.token(head).lemma())
                && !answered;
        for (int k : d.children(head, "nsubj")) {
          if (SubjectSide.elsewhere(d, anchor) || unnamedOwner || lookedOn) {
            break;
          }
          if (k != anchor && !ownSides) {
            List<Ref> r = resolve(d, k);
            first.addAll(r);
            if (LIGHT_VERBS.contains(d.token(head).lemma())) {
              subjects.addAll(r);
              if (word.body() && rel.startsWith("obj")) {
                // "the party held its convention", "OPEC holds a meeting": the body's own
                r.stream()
                    .filter(x -> x.entity().kind() == EntityKind.ORGANIZATION)
                    .forEach(bodies::add);
              }
            }
          }
        }
        for (int k : d.children(head, "obl:with", "obl:between", "obl:among")) {
          // "made during a meeting between X and Y", "held a call with Y" (attached high)
          List<Ref> r = resolve(d, k);
          if (k != anchor
              && (d.children(k, "conj").contains(anchor)
                  || d.children(anchor, "conj").contains(k))) {
            // "with the Republican and Democratic national conventions", parsed as "with the
            // Republican" and "with … conventions": a modifier of the noun, each body its own
            r.stream()
                .filter(x -> x.entity().kind() == EntityKind.ORGANIZATION)
                .forEach(
                    x -> {
                      modified.add(x);
                      other.add(x);
                      bodies.add(x);
                    });
            continue;
          }
          other.addAll(r);
          explicit.addAll(r);
        }
        if (rel.startsWith("nsubj:pass") && TAKING_PART.contains(d.token(head).lemma())) {
          // "the talks were attended by X and Y", "the meeting was chaired by X"
          for (int k : d.children(head, "obl:agent")) {
            first.addAll(resolve(d, k));
          }
        }
        // whom the verb acts on there: "X told Y at a meeting", "nominated Y at its convention"
        List<Ref> actedOn =
            visitSided
                ? List.of()
                : ActedOn.at(finder, d, head, rel, word, parties(other).isEmpty());
        other.addAll(actedOn);
        explicit.addAll(actedOn);
        if (rel.startsWith("obl")) {
          if (word.sense().equals("visit")) {
            // "a loan agreed during a visit here by Ecuador's minister": the parser hangs the
            // visitor on the verb.
            for (int k : d.children(head, "obl:by")) {
              first.addAll(resolve(d, k));
            }
          }
        }
        if (parties(other).size() <= 1 && !unnamedOwner && !lookedOn) {
          if (Clauses.activeSubjects(d, head).isEmpty()) {
            Clauses.governingSubject(words, d, head).ifPresent(first::add);
          } else {
            Clauses.thingControllerOwner(words, d, head).ifPresent(first::add);
          }
        }
        if (TRAVEL_VERBS.contains(d.token(head).lemma())
            && parties(other).isEmpty()
            && !rel.matches("obl:(after|before|since|following|until|ahead_of|prior_to)")) {
          // "a team arrived in Uganda for talks": the talks are with the country travelled to
          // (not in "will visit Moscow for talks with Putin", which names whom they are with; nor
          // in "after the summit, Obama flew to Berlin", a journey from it).
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
    if (parties(explicit).isEmpty()
        && parties(modified).size() < 2
        && parties(subjects).size() < 2
        && parties(first).size() < 2) {
      // "in talks to be acquired by Bolt", "talks about a merger with Bolt": no one else is named
      // as the other side, so the deal's other party is ("their talks on Consolidated's purchase
      // of Apollo" are the two owners', not Apollo's)
      List<Ref> deal = DealTalks.counterparts(finder, d, trigger, word);
      other.addAll(deal);
      explicit.addAll(deal);
    }
    if (first.isEmpty()
        && parties(other).size() == 1
        && body.isEmpty()
        && !unnamedOwner
        && !lookedOn) {
      // Only the other side is named ("a briefing that included Gavin Newsom, Trump denied …",
      // parsed loosely): the subject of the governing clause, else the nearest person, is the
      // first.
      Optional<Ref> subject = Clauses.governingSubject(words, d, trigger);
      if (subject.isEmpty() && !Clauses.hasGoverningSubject(d, trigger)) {
        subject = words.personsNear(d, trigger, 1).stream().findFirst();
      }
      subject.ifPresent(first::add);
    }
    List<Ref> all = new ArrayList<>(first);
    all.addAll(other);
    if (parties(all).size() < 2) {
      // "Trump's visit to Mexico": with the country's government, unless the sentence names whom
      // the visit is with ("a visit to Ireland with Taoiseach Leo Varadkar", "during Obama's visit
      // to Turkey, Erdogan said")
      other.addAll(destinations);
      explicit.addAll(destinations);
    }
    // "the NAACP convention": a gathering noun modified by the one organisation it belongs to
    boolean ownBody = word.body() && parties(bodies).size() == 1;
    boolean counterpart =
        !parties(explicit).isEmpty()
            || parties(modified).size() >= 2
            || parties(subjects).size() >= 2; // "X and Y held a call"
    return new PartyFinder.Found(
        first, other, body, counterpart, false, onlyBodies ? bodies : List.of(), ownBody);
  }

  /**
   * Who came for talks the noun {@code head} has them for: its party; or, for a place one is "in"
   * ("Yeutter, in New Zealand for talks, told Reuters"), the subject of the verb the place hangs
   * on.
   */
  private List<Ref> cameFor(Deps d, int head) {
    List<Ref> r = refs.resolve(d, head);
    boolean place =
        !r.isEmpty()
            && r.stream()
                .allMatch(
                    x ->
                        x.entity().kind() == EntityKind.PLACE
                            || x.entity().kind() == EntityKind.COUNTRY);
    if (!place || !d.headRelation(head).matches("(obl|nmod):in")) {
      return r;
    }
    int up = d.head(head);
    List<Ref> there = new ArrayList<>();
    for (int k : d.token(up).pos().startsWith("VB") ? d.children(up, "nsubj") : List.of(up)) {
      there.addAll(refs.resolve(d, k));
    }
    return there;
  }

  /**
   * "Soviet-American talks": a modifier joined to the next word by a hyphen is a side of its own,
   * as "U.S.-Japanese talks" (which the parser reads as a compound) already is.
   */
  private static boolean hyphenated(Deps d, org.w3id.parley.nlp.Dependency e) {
    int k = e.dependent();
    return e.relation().equals("amod")
        && e.governor() == k + 2
        && d.token(k + 1).pos().equals("HYPH");
  }
}
