package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
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

  /** Whether k is in a gapped clause of the verb. */
  static boolean inGapped(Deps d, int verb, int k) {
    for (int c : conjuncts(d, verb)) {
      if (words(d, c).contains(k)) {
        return true;
      }
    }
    return false;
  }
}
