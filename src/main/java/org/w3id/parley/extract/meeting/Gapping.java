package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.party.PartyFinder;
import org.w3id.parley.extract.text.Deps;

/**
 * Clauses whose meeting verb is left out because it is the one before: "Weber met with Lopez on
 * Monday and with Kraus on Tuesday" is two meetings, the second with Kraus on Tuesday. The parser
 * hangs such a clause on the verb as a conjunct that is a noun with its own preposition, its other
 * words as orphans; or, when the clause opens with its own time ("met with Lopez last week, and
 * this week with Kraus"), as an unlabelled dependent: the conjunction, with the clause under it.
 */
final class Gapping {
  private Gapping() {}

  /** How a gapped clause hangs whom it names: "with Kraus", "between the two". */
  private static final String WITH = "(nmod|obl):(with|between|among)";

  /**
   * The words that head the gapped clauses of a meeting verb: a noun, or the conjunction the parser
   * left the clause under.
   */
  static List<Integer> conjuncts(Deps d, int verb) {
    List<Integer> out = new ArrayList<>();
    if (!d.token(verb).pos().startsWith("VB")) {
      return out;
    }
    for (int c : d.children(verb, "conj")) {
      if (noun(d, c) && (!d.children(c, "case").isEmpty() || !d.children(c, "orphan").isEmpty())) {
        out.add(c);
      }
    }
    for (int c : d.children(verb, "dep")) {
      if (d.token(c).pos().equals("CC") && !named(d, c).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The gapped clauses of a meeting noun's light verb that say whom else it was with: "had
   * conversations with Domenici of New Mexico, and with House Speaker Jim Wright", where the parser
   * made the second "with" phrase a conjunct of "had".
   */
  private static List<Integer> ofLightVerb(Deps d, int noun) {
    int verb = d.head(noun);
    if (verb < 0
        || !d.token(verb).pos().startsWith("VB")
        || !d.headRelation(noun).equals("obj")
        || !PartyFinder.lightVerb(d.token(verb).lemma())) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int c : d.children(verb, "conj")) {
      if (c > noun
          && noun(d, c)
          && d.children(c, "case").stream()
              .anyMatch(k -> d.token(k).lemma().matches("with|between|among"))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean noun(Deps d, int k) {
    return d.token(k).pos().startsWith("NN") || d.token(k).pos().startsWith("PRP");
  }

  /**
   * Whom the gapped clause under a conjunction names: the "with" phrases of the nouns under it
   * ("and this week with Kasich").
   */
  private static List<Integer> named(Deps d, int conjunction) {
    List<Integer> out = new ArrayList<>();
    for (int n : d.children(conjunction, "dep")) {
      if (noun(d, n)) {
        for (var e : d.children(n)) {
          if (e.relation().matches(WITH) && !d.children(e.dependent(), "case").isEmpty()) {
            out.add(e.dependent());
          }
        }
      }
    }
    return out;
  }

  /** The words of a gapped clause: its noun with everything under it. */
  static List<Integer> words(Deps d, int conjunct) {
    return new ArrayList<>(d.subtree(conjunct, e -> true));
  }

  /**
   * The meetings of a verb's gapped clauses (or of a noun's light verb): the first side with whom
   * each clause names, on the clause's own day.
   *
   * @param first the parties the verb's own clause puts on the first side
   */
  static List<Meeting> meetings(
      PartyFinder parties,
      Circumstances circumstances,
      Deps d,
      int verb,
      MeetingWords.Trigger word,
      List<Ref> first) {
    List<Meeting> out = new ArrayList<>();
    if (parties.parties(first).isEmpty()) {
      return out;
    }
    List<Integer> gapped =
        d.token(verb).pos().startsWith("VB") ? conjuncts(d, verb) : ofLightVerb(d, verb);
    for (int g : gapped) {
      List<Ref> refs = new ArrayList<>(first);
      for (int k : d.token(g).pos().equals("CC") ? named(d, g) : List.of(g)) {
        refs.addAll(parties.resolve(d, k));
      }
      Set<EntityRef> who = parties.parties(refs);
      if (who.size() >= 2 && who.size() > parties.parties(first).size()) {
        out.add(
            MeetingReports.of(
                d, verb, who, refs, circumstances.of(d, verb, word, who, words(d, g))));
      }
    }
    return out;
  }
}
