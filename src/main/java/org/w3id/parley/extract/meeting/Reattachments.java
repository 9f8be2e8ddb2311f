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

  /** A mending of one parser error: the edges with it mended, or the same list when none was. */
  private interface Repair {
    List<Dependency> mend(Sentence s, List<Dependency> edges);
  }

  /** The repairs, in the order they run: each reads what the ones before it mended. */
  private static final List<Repair> REPAIRS =
      List.of(
          Reattachments::withBeforePurpose,
          Reattachments::namedBeforePurpose,
          Reattachments::duringOnTheClause,
          Reattachments::phraseBeforeTheSource,
          Reattachments::toldWithoutThat,
          Reattachments::relativeTakenForSubject,
          Reattachments::whoOfAThing,
          Reattachments::nameOfTheLastConjunct,
          Reattachments::agentOnTheNoun,
          Reattachments::travellerControlsPurpose);

  /** The sentence's dependencies with the parser errors below mended, each in turn. */
  static Deps of(Sentence s) {
    List<Dependency> edges = s.dependencies();
    List<Dependency> mended = edges;
    for (Repair r : REPAIRS) {
      mended = r.mend(s, mended);
    }
    return mended == edges ? new Deps(s) : new Deps(s, mended);
  }

  /**
   * The edits one repair makes to the edges it reads: a copy is made at the first edit, so a
   * sentence the repair leaves alone keeps its list (and {@link #of} knows nothing was mended).
   */
  private static final class Edits {
    private final List<Dependency> edges;
    private List<Dependency> out;

    Edits(List<Dependency> edges) {
      this.edges = edges;
    }

    /** Takes edge {@code old} away and puts the given ones in its place. */
    void replace(Dependency old, Dependency... with) {
      copy().remove(old);
      copy().addAll(List.of(with));
    }

    void removeIf(java.util.function.Predicate<Dependency> p) {
      copy().removeIf(p);
    }

    void add(Dependency e) {
      copy().add(e);
    }

    List<Dependency> result() {
      return out == null ? edges : out;
    }

    private List<Dependency> copy() {
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      return out;
    }
  }

  /**
   * "met with Weber to discuss the budget", read as an absolute clause: Weber is the verb's "with"
   * phrase. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> withBeforePurpose(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
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
    return out.result();
  }

  /**
   * "met with the shareholder group Colonial Holders Committee to consider a settlement": the
   * parser makes the name right after a common noun the subject of the purpose clause that follows
   * it (an "acl" of the noun, marked "to"); the name is the noun's apposition, and the clause has
   * no subject of its own. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> namedBeforePurpose(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
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
        out.replace(subject, new Dependency(noun, name, "appos"));
      }
    }
    return out.result();
  }

  /**
   * "pledged to deepen ties during talks in Tokyo": a "during" phrase dates the clause, but the
   * parser often hangs it on the verb's object; it is the verb's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  private static List<Dependency> duringOnTheClause(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency e : edges) {
      if (!e.relation().equals("nmod:during")) {
        continue;
      }
      Dependency link = headEdge(edges, e.governor());
      if (link == null || !link.relation().equals("obj")) {
        continue;
      }
      out.replace(e, new Dependency(link.governor(), e.dependent(), "obl:during"));
    }
    return out.result();
  }

  /**
   * "Trump spoke by telephone with Abe, the White House said": the parser hangs the phrase before a
   * source set after the clause ("…, the White House said") on the source's verb; a phrase between
   * the clause's verb and the source's subject is the clause's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  private static List<Dependency> phraseBeforeTheSource(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
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
          out.replace(e, new Dependency(clause, e.dependent(), e.relation()));
        }
      }
    }
    return out.result();
  }

  /**
   * "Ortner told an Export-Import Bank conference the yen is still undervalued": without "that",
   * the parser may hang whom one tells inside what one tells them (an unlabelled dependent of the
   * clause). A noun phrase right after a verb that has a clause and no object of its own is the
   * verb's object. Returns the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> toldWithoutThat(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
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
        out.replace(e, new Dependency(verb, noun, "obj"));
      }
    }
    return out.result();
  }

  /**
   * "Frits van Horick, who is a council member of the Federation, spoke at the annual meeting": the
   * parser may make "who" the subject of the main verb (and "who is a member" a clause of its own),
   * leaving the verb an unlabelled dependent of the name. The name is the verb's subject. Returns
   * the mended edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> relativeTakenForSubject(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
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
      out.replace(subject, new Dependency(verb, link.governor(), "nsubj"));
    }
    return out.result();
  }

  /**
   * "those of British Chancellor Nigel Lawson, who met Funaro yesterday": the parser may hang a
   * clause that "who" opens on the thing the name belongs to ("those", "the remarks"); "who" is a
   * person, so the clause is the name's when the name ends right before it. Returns the mended
   * edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> whoOfAThing(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency ref : edges) {
      int thing = ref.governor();
      int who = ref.dependent();
      if (!ref.relation().equals("ref")
          || thing < 0
          || !s.tokens().get(who).lemma().toLowerCase(java.util.Locale.ROOT).matches("who|whom")
          || person(s.tokens().get(thing))) {
        continue;
      }
      int name = -1;
      for (Dependency e : edges) {
        int k = e.dependent();
        if (e.governor() == thing
            && e.relation().startsWith("nmod")
            && person(s.tokens().get(k))
            && (k == who - 1 || k == who - 2 && s.tokens().get(who - 1).text().equals(","))) {
          name = k;
        }
      }
      if (name < 0) {
        continue;
      }
      out.replace(ref, new Dependency(name, who, "ref"));
      for (Dependency e : edges) {
        if (e.governor() == thing && e.relation().equals("acl:relcl")) {
          int clause = e.dependent();
          out.replace(e, new Dependency(name, clause, "acl:relcl"));
          for (Dependency x : edges) {
            if (x.governor() == clause && x.dependent() == thing) {
              out.replace(x, new Dependency(clause, name, x.relation()));
            }
          }
        }
      }
    }
    return out.result();
  }

  /**
   * "Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo, met": the
   * parser may hang a name set after the last of two conjuncts on the first; when the last is a
   * common noun (a role) and the first already a name, the name is the role's. Returns the mended
   * edges, or the given ones when nothing was mended.
   */
  private static List<Dependency> nameOfTheLastConjunct(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency appos : edges) {
      int first = appos.governor();
      int name = appos.dependent();
      if (!appos.relation().equals("appos")
          || first < 0
          || !s.tokens().get(first).isProperNoun()
          || !s.tokens().get(name).ner().equals("PERSON")) {
        continue;
      }
      int last = -1;
      for (Dependency e : edges) {
        if (e.governor() == first
            && e.relation().startsWith("conj")
            && e.dependent() > last
            && e.dependent() < name) {
          last = e.dependent();
        }
      }
      if (last >= 0 && s.tokens().get(last).pos().matches("NNS?")) {
        out.replace(appos, new Dependency(last, name, "appos"));
      }
    }
    return out.result();
  }

  /**
   * "Christie was joined Monday at a town hall meeting in Hudson by Buddy Valastro": the parser may
   * hang a passive verb's "by" on the noun of a phrase in between; a person "by" a noun of the verb
   * is the verb's agent when the verb has none. Returns the mended edges, or the given ones when
   * nothing was mended.
   */
  private static List<Dependency> agentOnTheNoun(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency obl : edges) {
      int verb = obl.governor();
      int noun = obl.dependent();
      if (!obl.relation().startsWith("obl:")
          || obl.relation().equals("obl:agent")
          || verb < 0
          || !s.tokens().get(verb).pos().equals("VBN")
          || edges.stream()
              .noneMatch(e -> e.governor() == verb && e.relation().equals("nsubj:pass"))
          || edges.stream()
              .anyMatch(e -> e.governor() == verb && e.relation().equals("obl:agent"))) {
        continue;
      }
      for (Dependency by : edges) {
        if (by.governor() == noun
            && by.relation().equals("nmod:by")
            && person(s.tokens().get(by.dependent()))) {
          out.replace(by, new Dependency(verb, by.dependent(), "obl:agent"));
        }
      }
    }
    return out.result();
  }

  /** Whether a token names a person: a person's name, or a noun for people ("the minister"). */
  private static boolean person(org.w3id.parley.nlp.Token t) {
    return t.ner().equals("PERSON") || org.w3id.parley.nlp.Animacy.animate(t);
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
    Edits out = new Edits(edges);
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
      out.replace(
          control,
          goers.stream()
              .map(g -> new Dependency(purpose, g, "nsubj:xsubj"))
              .toArray(Dependency[]::new));
    }
    return out.result();
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
