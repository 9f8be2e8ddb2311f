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
 * The same clause steals the name of a group right before it ({@link #namedBeforePurpose}), a
 * "during" phrase that dates the clause is hung on its object ({@link #duringOnTheClause}), and a
 * phrase before a source set after the clause is hung on the source's verb ({@link
 * #phraseBeforeTheSource}), and whom one tells is hung inside what one tells them when no "that"
 * comes between ({@link #toldWithoutThat}); a "who" before the main verb is taken for its subject
 * ({@link #relativeTakenForSubject}); the place one goes to is taken for who does what the going is
 * for ({@link #travellerControlsPurpose}).
 */
final class Reattachments {
  private Reattachments() {}

  /** The sentence's dependencies with the parser errors below mended, each in turn. */
  static Deps of(Sentence s) {
    List<Dependency> edges = s.dependencies();
    List<Dependency> mended =
        travellerControlsPurpose(
            s,
            relativeTakenForSubject(
                s,
                toldWithoutThat(
                    s,
                    phraseBeforeTheSource(
                        s,
                        duringOnTheClause(namedBeforePurpose(s, withBeforePurpose(s, edges)))))));
    return mended == edges ? new Deps(s) : new Deps(s, mended);
  }

  /**
   * "met with Weber to discuss the budget", read as an absolute clause: Weber is the verb's "with"
   * phrase. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> withBeforePurpose(Sentence s, List<Dependency> edges) {
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
    return out == null ? edges : out;
  }

  /**
   * "met with the shareholder group Colonial Holders Committee to consider a settlement": the
   * parser makes the name right after a common noun the subject of the purpose clause that follows
   * it (an "acl" of the noun, marked "to"); the name is the noun's apposition, and the clause has
   * no subject of its own. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> namedBeforePurpose(Sentence s, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency acl : edges) {
      int noun = acl.governor();
      int clause = acl.dependent();
      if (!acl.relation().startsWith("acl")
          || acl.relation().startsWith("acl:relcl")
          || noun < 0
          || !s.tokens().get(noun).pos().matches("NNS?")
          || !hasMarkTo(s, edges, clause)) {
        continue;
      }
      for (Dependency subject : edges) {
        int name = subject.dependent();
        if (subject.governor() != clause
            || !subject.relation().equals("nsubj")
            || !s.tokens().get(name).pos().startsWith("NNP")
            || firstOf(edges, name) != noun + 1) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(edges);
        }
        out.remove(subject);
        out.add(new Dependency(noun, name, "appos"));
      }
    }
    return out != null ? out : edges;
  }

  /**
   * "pledged to deepen ties during talks in Tokyo": a "during" phrase dates the clause, but the
   * parser often hangs it on the verb's object; it is the verb's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  private static List<Dependency> duringOnTheClause(List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency e : edges) {
      if (!e.relation().equals("nmod:during")) {
        continue;
      }
      Dependency link = headEdge(edges, e.governor());
      if (link == null || !link.relation().equals("obj")) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      out.remove(e);
      out.add(new Dependency(link.governor(), e.dependent(), "obl:during"));
    }
    return out == null ? edges : out;
  }

  /**
   * "Trump spoke by telephone with Abe, the White House said": the parser hangs the phrase before a
   * source set after the clause ("…, the White House said") on the source's verb; a phrase between
   * the clause's verb and the source's subject is the clause's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  private static List<Dependency> phraseBeforeTheSource(Sentence s, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency link : edges) {
      int clause = link.governor();
      int source = link.dependent();
      if (!link.relation().startsWith("parataxis")
          || clause < 0
          || source < clause
          || !s.tokens().get(source).pos().startsWith("VB")) {
        continue;
      }
      int subject = Integer.MAX_VALUE;
      for (Dependency e : edges) {
        if (e.governor() == source && e.relation().startsWith("nsubj")) {
          subject = Math.min(subject, firstOf(edges, e.dependent()));
        }
      }
      if (subject == Integer.MAX_VALUE || subject > source) {
        continue;
      }
      for (Dependency e : edges) {
        if (e.governor() == source
            && e.relation().startsWith("obl")
            && e.dependent() > clause
            && e.dependent() < subject) {
          if (out == null) {
            out = new ArrayList<>(edges);
          }
          out.remove(e);
          out.add(new Dependency(clause, e.dependent(), e.relation()));
        }
      }
    }
    return out == null ? edges : out;
  }

  /**
   * "Ortner told an Export-Import Bank conference the yen is still undervalued": without "that",
   * the parser may hang whom one tells inside what one tells them (an unlabelled dependent of the
   * clause). A noun phrase right after a verb that has a clause and no object of its own is the
   * verb's object. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> toldWithoutThat(Sentence s, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency link : edges) {
      int verb = link.governor();
      int clause = link.dependent();
      if (!link.relation().equals("ccomp")
          || verb < 0
          || clause <= verb
          || !s.tokens().get(verb).pos().startsWith("VB")
          || edges.stream()
              .anyMatch(e -> e.governor() == verb && e.relation().matches("obj|iobj|nsubj:pass"))) {
        continue;
      }
      for (Dependency e : edges) {
        int noun = e.dependent();
        if (!e.relation().equals("dep")
            || !within(edges, e.governor(), clause)
            || !s.tokens().get(noun).pos().startsWith("NN")
            || noun >= clause
            || phraseStart(edges, noun) != verb + 1) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(edges);
        }
        out.remove(e);
        out.add(new Dependency(verb, noun, "obj"));
      }
    }
    return out == null ? edges : out;
  }

  /**
   * "Frits van Horick, who is a council member of the Federation, spoke at the annual meeting": the
   * parser may make "who" the subject of the main verb (and "who is a member" a clause of its own),
   * leaving the verb an unlabelled dependent of the name. The name is the verb's subject. Returns
   * the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> relativeTakenForSubject(Sentence s, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency subject : edges) {
      int verb = subject.governor();
      int who = subject.dependent();
      if (!subject.relation().equals("nsubj")
          || verb < 0
          || !s.tokens().get(who).pos().matches("WP|WDT")
          || edges.stream().noneMatch(e -> e.governor() == who && e.relation().equals("cop"))) {
        continue;
      }
      Dependency link = headEdge(edges, verb);
      if (link == null
          || !link.relation().equals("dep")
          || link.governor() >= who
          || !s.tokens().get(link.governor()).pos().startsWith("NNP")) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      out.remove(subject);
      out.add(new Dependency(verb, link.governor(), "nsubj"));
    }
    return out == null ? edges : out;
  }

  /** Verbs of going somewhere, whose object is a place and never who does their purpose. */
  private static final Set<String> GOING =
      Set.of("visit", "travel", "fly", "go", "come", "return", "head", "tour");

  /**
   * "Obama visited Kyiv to meet Zelensky": the parser reads the purpose as controlled by the
   * object, as after "persuaded Kyiv to"; the one who goes does what the going is for. Returns the
   * mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> travellerControlsPurpose(Sentence s, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency control : edges) {
      int purpose = control.governor();
      int object = control.dependent();
      Dependency link = headEdge(edges, purpose);
      if (!control.relation().equals("nsubj:xsubj")
          || link == null
          || !link.relation().equals("xcomp")
          || !GOING.contains(
              s.tokens().get(link.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
          || !edges.contains(new Dependency(link.governor(), object, "obj"))) {
        continue;
      }
      List<Integer> goers = new ArrayList<>();
      for (Dependency e : edges) {
        if (e.governor() == link.governor() && e.relation().equals("nsubj")) {
          goers.add(e.dependent());
        }
      }
      if (goers.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      out.remove(control);
      for (int g : goers) {
        out.add(new Dependency(purpose, g, "nsubj:xsubj"));
      }
    }
    return out == null ? edges : out;
  }

  /** Whether token k is the clause's head or lies under it. */
  private static boolean within(List<Dependency> edges, int k, int clause) {
    for (int steps = 0; k >= 0 && steps < 20; steps++) {
      if (k == clause) {
        return true;
      }
      Dependency up = headEdge(edges, k);
      k = up == null ? -1 : up.governor();
    }
    return false;
  }

  /** The first token of the noun phrase a noun heads: its determiners and modifiers before it. */
  private static int phraseStart(List<Dependency> edges, int noun) {
    int first = noun;
    for (Dependency e : edges) {
      if (e.governor() == noun
          && e.dependent() < noun
          && e.relation().matches("det|compound.*|amod|nummod|nmod:poss|punct")) {
        first = Math.min(first, phraseStart(edges, e.dependent()));
      }
    }
    return first;
  }

  private static boolean hasMarkTo(Sentence s, List<Dependency> edges, int clause) {
    for (Dependency e : edges) {
      if (e.governor() == clause
          && e.relation().equals("mark")
          && s.tokens().get(e.dependent()).lemma().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the name token k heads (k and its compounds, theirs too). */
  private static int firstOf(List<Dependency> edges, int k) {
    int first = k;
    for (Dependency e : edges) {
      if (e.governor() == k && e.relation().startsWith("compound") && e.dependent() < k) {
        first = Math.min(first, firstOf(edges, e.dependent()));
      }
    }
    return first;
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
