package org.w3id.parley.extract.meeting.party;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.SameGathering;
import org.w3id.parley.extract.text.Deps;

/**
 * The sides a meeting noun gets from the verb that governs it ({@link NounParties}): the subject of
 * a light verb or of a preposition's verb ("X held talks", "X arrived for talks", "X said at a
 * meeting"), "with" phrases hung high on the verb, a passive's agent ("the talks were attended by
 * X"), whom the verb acts on there ("X told Y at a meeting"), and the country travelled to for
 * talks ("a team arrived in Uganda for talks").
 */
final class NounInClause {
  /** Verbs of travel whose destination country is the host of the talks they lead to. */
  static final Set<String> TRAVEL_VERBS =
      Set.of("arrive", "travel", "fly", "go", "come", "head", "visit", "return");

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
  static final Set<String> TAKING_PART =
      Set.of(
          "hold", "have", "attend", "chair", "host", "convene", "join", "lead", "conduct", "open",
          "address", "skip", "boycott");

  private final PartyFinder finder;
  private final PartyWords words;
  private final GroupNouns groups;

  NounInClause(PartyFinder finder, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.words = words;
    this.groups = groups;
  }

  /**
   * Adds to {@code s} the sides the verb {@code head} gives the noun {@code trigger} (or the
   * measure {@code anchor} that stands for it: "after two days of talks").
   */
  void read(
      NounSides sides,
      Deps d,
      int trigger,
      int anchor,
      int head,
      MeetingWords.Trigger word,
      boolean unnamedOwner,
      boolean lookedOn) {
    String rel = d.headRelation(anchor);
    if (rel.startsWith("obj") || rel.startsWith("nsubj:pass") || rel.startsWith("obl")) {
      // "X held talks with Y", "X arrived in Uganda for talks", "X said at a meeting with Y";
      // not "X hopes a meeting of A and B will help": a meeting that names both its sides has
      // only those, unless the verb takes part in it ("X attended a meeting of A and B").
      // Nor "X praised Y's visit to Mexico": a noun whose own possessor acts has its side.
      boolean answered =
          word.sense().equals("call") && NounParties.ANSWERING.contains(d.token(head).lemma());
      if (answered && rel.startsWith("obj")) {
        // "Lopez returned Weber's call", "took a call from Weber": the caller is the other end
        for (int k : d.children(anchor, "nmod:poss")) {
          List<Ref> r = finder.resolve(d, k);
          sides.first.removeAll(r);
          sides.other.addAll(r);
          sides.explicit.addAll(r);
        }
      }
      // "briefed Shultz on Thatcher's visit to the Soviet Union": a visit that names its visitor
      // and where it went, told of to someone, has both its sides (not "during Obama's visit to
      // Turkey, Erdogan reiterated …", where the host acts at it).
      // Nor "prepared the package in time for his visit to Washington", "before Obama's visit to
      // Cuba, Kerry said": who acts before, after or for a visit is not on it.
      boolean visitSided =
          word.sense().equals("visit")
              && (rel.matches("obl:(on|about|over)")
                      && d.children(head, "obj").stream().anyMatch(o -> o > head && o < trigger)
                  || rel.matches("obl:(for|before|after|ahead_of|following|since|until|prior_to)"))
              && !finder.parties(sides.first).isEmpty()
              && !(finder.parties(sides.other).isEmpty()
                  && finder.parties(sides.destinations).isEmpty())
              && !d.children(trigger, "nmod:poss").isEmpty();
      boolean ownSides =
          (finder.parties(sides.other).size() >= 2
                      && !SubjectSide.withOnly(d, trigger, !sides.modified.isEmpty())
                  || !finder.parties(sides.first).isEmpty() && rel.startsWith("obj")
                  || visitSided)
              && !TAKING_PART.contains(d.token(head).lemma())
              && !answered;
      for (int k : d.children(head, "nsubj")) {
        if (SubjectSide.elsewhere(d, anchor) || unnamedOwner || lookedOn) {
          break;
        }
        if (k != anchor && !ownSides) {
          List<Ref> r = finder.resolve(d, k);
          sides.first.addAll(r);
          if (LIGHT_VERBS.contains(d.token(head).lemma())) {
            sides.subjects.addAll(r);
            if (word.body() && rel.startsWith("obj")) {
              // "the party held its convention", "OPEC holds a meeting": the body's own
              r.stream()
                  .filter(x -> x.entity().kind() == EntityKind.ORGANIZATION)
                  .forEach(sides.bodies::add);
            }
          }
        }
      }
      for (int k : d.children(head, "obl:with", "obl:between", "obl:among")) {
        // "made during a meeting between X and Y", "held a call with Y" (attached high)
        List<Ref> r = finder.resolve(d, k);
        if (k != anchor
            && (d.children(k, "conj").contains(anchor) || d.children(anchor, "conj").contains(k))) {
          // "with the Republican and Democratic national conventions", parsed as "with the
          // Republican" and "with … conventions": a modifier of the noun, each body its own
          r.stream()
              .filter(x -> x.entity().kind() == EntityKind.ORGANIZATION)
              .forEach(
                  x -> {
                    sides.modified.add(x);
                    sides.other.add(x);
                    sides.bodies.add(x);
                  });
          continue;
        }
        sides.other.addAll(r);
        sides.explicit.addAll(r);
      }
      if (rel.startsWith("nsubj:pass") && TAKING_PART.contains(d.token(head).lemma())) {
        // "the talks were attended by X and Y", "the meeting was chaired by X"
        for (int k : d.children(head, "obl:agent")) {
          sides.first.addAll(finder.resolve(d, k));
        }
      }
      // whom the verb acts on there: "X told Y at a meeting", "nominated Y at its convention"
      List<Ref> actedOn =
          visitSided
              ? List.of()
              : ActedOn.at(finder, d, head, rel, word, finder.parties(sides.other).isEmpty());
      sides.other.addAll(actedOn);
      sides.explicit.addAll(actedOn);
      if (rel.startsWith("obl")) {
        if (word.sense().equals("visit")) {
          // "a loan agreed during a visit here by Ecuador's minister": the parser hangs the
          // visitor on the verb.
          for (int k : d.children(head, "obl:by")) {
            sides.first.addAll(finder.resolve(d, k));
          }
        }
      }
      // "is in Washington to attend the Interim Committee meetings of the World Bank": whoever
      // attends is at them, however many bodies they name
      boolean attending =
          SameGathering.ATTENDING.contains(d.token(head).lemma().toLowerCase(Locale.ROOT))
              && rel.startsWith("obj");
      if ((finder.parties(sides.other).size() <= 1 || attending) && !unnamedOwner && !lookedOn) {
        if (Clauses.activeSubjects(d, head).isEmpty()) {
          Clauses.governingSubject(words, d, head).ifPresent(sides.first::add);
        } else {
          Clauses.thingControllerOwner(words, d, head).ifPresent(sides.first::add);
        }
      }
      if (TRAVEL_VERBS.contains(d.token(head).lemma())
          && finder.parties(sides.other).isEmpty()
          && !rel.matches("obl:(after|before|since|following|until|ahead_of|prior_to)")) {
        // "a team arrived in Uganda for talks": the talks are with the country travelled to
        // (not in "will visit Moscow for talks with Putin", which names whom they are with; nor
        // in "after the summit, Obama flew to Berlin", a journey from it).
        for (int k : d.children(head, "obl:in", "obl:to", "obj")) {
          groups.visited(d, k).ifPresent(sides.other::add);
        }
        if (sides.other.isEmpty()) {
          groups.visitedHere(d, head).ifPresent(sides.other::add); // "arrived here for talks"
        }
      }
    }
  }
}
