package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * The parties of a meeting noun: its "with", "between", "among", "of", possessor, compound and
 * adjective modifiers ("talks between X and Y", "X's meeting with Y", "the Trump-Biden debate",
 * "Saudi-Iranian talks", "a meeting of OPEC"), and, through a light verb or a preposition, the
 * subject of the verb that governs it ("X held talks", "X arrived for talks", "X said at a
 * meeting"), or the subject it is said of ("X is in talks with Y"). A "with" noun ("a call") needs
 * a counterpart it names itself.
 *
 * <p>The sides are gathered into {@link NounSides} construction by construction: the noun's own
 * complements ({@link NounComplements}), its modifiers ({@link NounModifiers}) and the verb that
 * governs it ({@link NounInClause}); what is left is decided here.
 */
final class NounParties {

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

  /** Verbs whose subject is the end of a call that did not make it: "returned Weber's call". */
  static final Set<String> ANSWERING =
      Set.of("receive", "take", "get", "return", "answer", "accept", "field");

  private final PartyFinder finder;
  private final References refs;
  private final PartyWords words;
  private final GroupNouns groups;
  private final NounInClause clause;
  private final NounComplements complements;
  private final NounModifiers modifiers;

  NounParties(PartyFinder finder, References refs, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.refs = refs;
    this.words = words;
    this.groups = groups;
    this.clause = new NounInClause(finder, words, groups);
    this.complements = new NounComplements(finder, words, groups);
    this.modifiers = new NounModifiers(finder, refs, words, groups);
  }

  PartyFinder.Found of(Deps d, int trigger, MeetingWords.Trigger word) {
    NounSides sides = new NounSides();
    complements.named(sides, d, trigger, word);
    if (word.sense().equals("visit")) {
      complements.visit(sides, d, trigger);
    }
    complements.described(sides, d, trigger);
    sides.other.addAll(sides.explicit);
    modifiers.read(sides, d, trigger, word);
    complements.stage(sides, d, trigger);
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
        && d.headRelation(anchor).matches("(nmod|obl):(for|at|in|during)")
        // "in Paris for the meeting" as a copula's predicate hangs the meeting by "obl"
        && (d.headRelation(anchor).startsWith("nmod") || !d.children(head, "cop").isEmpty())) {
      // "De Croo, in Washington for talks with Administration officials": the party the noun
      // attaches to came for the talks; "Yeutter, in New Zealand for GATT talks, told Reuters",
      // where the parser hangs them on the place, the one who is there.
      sides.first.addAll(cameFor(d, head));
    }
    sides.first.addAll(Attendance.at(finder, words, d, anchor, word));
    boolean unnamedOwner = SubjectSide.unnamedOwner(finder, groups, d, trigger);
    boolean lookedOn = SubjectSide.lookedOn(d, anchor);
    if (head >= 0 && d.token(head).pos().startsWith("VB")) {
      clause.read(sides, d, trigger, anchor, head, word, unnamedOwner, lookedOn);
    }
    return conclude(sides, d, trigger, word, unnamedOwner, lookedOn);
  }

  /**
   * What is left when the noun and its clause are read: the bodies named right before it, a deal's
   * other party, the governing subject for a lone counterpart, and the country visited.
   */
  private PartyFinder.Found conclude(
      NounSides sides,
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      boolean unnamedOwner,
      boolean lookedOn) {
    if (finder.parties(sides.first).isEmpty() && finder.parties(sides.other).isEmpty()) {
      // The parser lost the names that modify the noun ("Group of Seven meetings" read as a
      // number phrase): the organisations named right before it, one after the other, are its,
      // for a word a body meets by and for talks of a body of members ("the Group of Seven talks")
      List<Ref> before = words.orgsBefore(d, trigger);
      if (word.body() || membersTalk(word, before)) {
        sides.other.addAll(before);
        sides.bodies.addAll(before);
      }
    }
    // "tomorrow's Group of Five and Group of Seven meetings": each named body meets on its own.
    List<Ref> named = new ArrayList<>(sides.first);
    named.addAll(sides.other);
    boolean bodyWord = word.body() || membersTalk(word, sides.bodies);
    boolean onlyBodies =
        bodyWord
            && !sides.bodies.isEmpty()
            && finder.parties(named).equals(finder.parties(sides.bodies));
    Optional<Ref> body =
        onlyBodies && finder.parties(sides.bodies).size() == 1
            ? Optional.of(sides.bodies.get(0))
            : Optional.empty();
    if (finder.parties(sides.explicit).isEmpty()
        && finder.parties(sides.modified).size() < 2
        && finder.parties(sides.subjects).size() < 2
        && finder.parties(sides.first).size() < 2) {
      // "in talks to be acquired by Bolt", "talks about a merger with Bolt": no one else is named
      // as the other side, so the deal's other party is ("their talks on Consolidated's purchase
      // of Apollo" are the two owners', not Apollo's)
      List<Ref> deal = DealTalks.counterparts(finder, d, trigger, word);
      sides.other.addAll(deal);
      sides.explicit.addAll(deal);
    }
    if (sides.first.isEmpty()
        && finder.parties(sides.other).size() == 1
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
      subject.ifPresent(sides.first::add);
    }
    List<Ref> all = new ArrayList<>(sides.first);
    all.addAll(sides.other);
    if (finder.parties(all).size() < 2) {
      // "Trump's visit to Mexico": with the country's government, unless the sentence names whom
      // the visit is with ("a visit to Ireland with Taoiseach Leo Varadkar", "during Obama's visit
      // to Turkey, Erdogan said")
      sides.other.addAll(sides.destinations);
      sides.explicit.addAll(sides.destinations);
    }
    // "the NAACP convention": a gathering noun modified by the one organisation it belongs to
    boolean ownBody = bodyWord && finder.parties(sides.bodies).size() == 1;
    boolean counterpart =
        !finder.parties(sides.explicit).isEmpty()
            || finder.parties(sides.modified).size() >= 2
            || finder.parties(sides.subjects).size() >= 2; // "X and Y held a call"
    return new PartyFinder.Found(
        sides.first,
        sides.other,
        body,
        counterpart,
        false,
        onlyBodies ? sides.bodies : List.of(),
        ownBody);
  }

  /** Bodies whose members' talks are the body's meeting ({@code member-bodies.txt}). */
  private static final Set<String> MEMBER_BODIES =
      Set.copyOf(WordList.words(MeetingWords.class, "member-bodies.txt"));

  /**
   * Whether talks are a meeting of the one body that modifies them: "the Group of Seven talks",
   * "GATT negotiations", "the ICO talks" ({@code member-bodies.txt}), not "Acme talks".
   */
  private boolean membersTalk(MeetingWords.Trigger word, List<Ref> bodies) {
    return !word.verb()
        && (word.sense().equals("talk") || word.sense().equals("negotiate"))
        && finder.parties(bodies).size() == 1
        && MEMBER_BODIES.contains(words.label(bodies.get(0).entity()));
  }

  /**
   * Who came for talks the noun {@code head} has them for: its party; or, for a place one is "in"
   * ("Yeutter, in New Zealand for talks, told Reuters"), the subject of the verb the place hangs
   * on, or of the place itself where a copula makes it the predicate ("Jones, who is in Paris for
   * the OECD meeting, said").
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
    if (place && !d.children(head, "cop").isEmpty()) {
      List<Ref> there = new ArrayList<>();
      for (int k : d.children(head, "nsubj")) {
        there.addAll(refs.resolve(d, k));
      }
      return there;
    }
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
}
