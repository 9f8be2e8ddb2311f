package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;

/**
 * Clauses whose meeting verb is left out because it is the one before: "Weber met with Lopez on
 * Monday and with Kraus on Tuesday" is two meetings, the second with Kraus on Tuesday. The parser
 * hangs such a clause on the verb as a conjunct that is a noun with its own preposition, its other
 * words as orphans.
 */
final class Gapping {
  private Gapping() {}

  /** The nouns that head the gapped clauses of a meeting verb. */
  static List<Integer> conjuncts(Deps d, int verb) {
    List<Integer> out = new ArrayList<>();
    if (!d.token(verb).pos().startsWith("VB")) {
      return out;
    }
    for (int c : d.children(verb, "conj")) {
      boolean noun = d.token(c).pos().startsWith("NN") || d.token(c).pos().startsWith("PRP");
      if (noun && (!d.children(c, "case").isEmpty() || !d.children(c, "orphan").isEmpty())) {
        out.add(c);
      }
    }
    return out;
  }

  /** The words of a gapped clause: its noun with everything under it. */
  static List<Integer> words(Deps d, int conjunct) {
    return new ArrayList<>(d.subtree(conjunct, e -> true));
  }

  /**
   * The meetings of a verb's gapped clauses: the verb's first side with whom each clause names, on
   * the clause's own day.
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
    for (int g : conjuncts(d, verb)) {
      List<Ref> refs = new ArrayList<>(first);
      refs.addAll(parties.resolve(d, g));
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
