package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;

/**
 * Parser errors the meeting rules read through, mended before they look at a sentence.
 *
 * <p>"Lopez met with Weber to discuss the budget": CoreNLP reads "with Weber to discuss" as an
 * absolute clause ("with the talks to resume, …"): "discuss" an adverbial clause of "met", "with"
 * its marker and Weber its subject, so the meeting has no counterpart. When the "with" comes right
 * after the verb the clause hangs on, it is that verb's preposition: Weber (and whoever is joined
 * to him) is the verb's "with" phrase, and the clause is its purpose, with no subject of its own.
 */
final class Reattachments {
  private Reattachments() {}

  static Deps of(Sentence s) {
    List<Dependency> edges = s.dependencies();
    List<Dependency> out = null;
    for (Dependency mark : edges) {
      if (!mark.relation().equals("mark")
          || !s.tokens().get(mark.dependent()).lemma().equalsIgnoreCase("with")) {
        continue;
      }
      int clause = mark.governor();
      int with = mark.dependent();
      Dependency link = headEdge(edges, clause);
      if (link == null
          || !link.relation().startsWith("advcl")
          || link.governor() != with - 1
          || !s.tokens().get(link.governor()).pos().startsWith("VB")) {
        continue;
      }
      List<Integer> subjects = new ArrayList<>();
      for (Dependency e : edges) {
        if (e.governor() == clause && e.relation().equals("nsubj") && e.dependent() > with) {
          subjects.add(e.dependent());
        }
      }
      if (subjects.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      int verb = link.governor();
      Set<Integer> moved = new HashSet<>(subjects);
      out.removeIf(
          e ->
              e.equals(mark)
                  || e.governor() == clause
                      && e.relation().equals("nsubj")
                      && moved.contains(e.dependent()));
      out.add(new Dependency(subjects.get(0), with, "case"));
      for (int k : subjects) {
        out.add(new Dependency(verb, k, "obl:with"));
      }
    }
    return out == null ? new Deps(s) : new Deps(s, out);
  }

  private static Dependency headEdge(List<Dependency> edges, int token) {
    for (Dependency e : edges) {
      if (e.dependent() == token && !e.relation().equals("ref")) {
        return e;
      }
    }
    return null;
  }
}
