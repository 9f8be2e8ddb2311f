package org.w3id.parley.extract.meeting.repair;

import java.util.ArrayList;
import java.util.List;
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
 * The same clause steals the name of a group right before it, a "during" phrase that dates a clause
 * is hung on its object, a phrase before a source set after the clause is hung on the source's
 * verb, whom one tells is hung inside what one tells them or taken for a modifier of it, a
 * reporting clause is taken for the subject of what it reports, a subject for the sentence's root,
 * and the place one goes to is taken for who does what the going is for ({@link ClauseRepairs},
 * {@link ReportRepairs}); "who" is taken for the main verb's subject or hung on a thing, a name
 * after two conjuncts on the first, a passive's "by" on a noun in between, a name after its title's
 * place on the place, and names listed after a plural noun on an earlier word ({@link
 * ReferenceRepairs}); a name "X of Y" is cut off from the meeting noun it modifies, a verb after a
 * relative clause is hung inside that clause, and a "with" after a meeting's topic on the topic
 * ({@link BoundaryRepairs}). Each repair reads the edges the ones before it left, and edits them
 * through {@link Edits}, with the walks below.
 */
public final class Reattachments {
  private Reattachments() {}

  /** A mending of one parser error: the edges with it mended, or the same list when none was. */
  private interface Repair {
    List<Dependency> mend(Sentence s, List<Dependency> edges);
  }

  /** The repairs, in the order they run: each reads what the ones before it mended. */
  private static final List<Repair> REPAIRS =
      List.of(
          ClauseRepairs::subjectTakenForTheRoot,
          ClauseRepairs::withBeforePurpose,
          ClauseRepairs::namedBeforePurpose,
          ClauseRepairs::duringOnTheClause,
          ReportRepairs::phraseBeforeTheSource,
          ReportRepairs::toldWithoutThat,
          ReportRepairs::gatheringTakenForModifier,
          ReportRepairs::reportTakenForSubject,
          ClauseRepairs::subjectInATimePhrase,
          ReferenceRepairs::relativeTakenForSubject,
          ReferenceRepairs::whoOfAThing,
          ReferenceRepairs::nameOfTheLastConjunct,
          ReferenceRepairs::agentOnTheNoun,
          ReferenceRepairs::nameAfterTheTitlesPlace,
          ReferenceRepairs::namesAfterAPluralNoun,
          ReferenceRepairs::nameAfterTheTitlesComma,
          BoundaryRepairs::nameOfXBeforeItsMeeting,
          BoundaryRepairs::verbAfterTheRelativeClause,
          BoundaryRepairs::withAfterTheTopic,
          ClauseRepairs::travellerControlsPurpose);

  /** The sentence's dependencies with the parser errors below mended, each in turn. */
  public static Deps of(Sentence s) {
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
  static final class Edits {
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

  /** Whether a token names a person: a person's name, or a noun for people ("the minister"). */
  static boolean person(org.w3id.parley.nlp.Token t) {
    return t.ner().equals("PERSON") || org.w3id.parley.nlp.Animacy.animate(t);
  }

  /** Whether token k is the clause's head or lies under it. */
  static boolean within(List<Dependency> edges, int k, int clause) {
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
  static int phraseStart(List<Dependency> edges, int noun) {
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

  static boolean hasMarkTo(Sentence s, List<Dependency> edges, int clause) {
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
  static int firstOf(List<Dependency> edges, int k) {
    int first = k;
    for (Dependency e : edges) {
      if (e.governor() == k && e.relation().startsWith("compound") && e.dependent() < k) {
        first = Math.min(first, firstOf(edges, e.dependent()));
      }
    }
    return first;
  }

  /**
   * Whether token {@code head} has a dependent by a relation the pattern matches ("nsubj(:pass)?").
   */
  static boolean hasChild(List<Dependency> edges, int head, String relations) {
    for (Dependency e : edges) {
      if (e.governor() == head && e.relation().matches(relations)) {
        return true;
      }
    }
    return false;
  }

  static Dependency headEdge(List<Dependency> edges, int token) {
    for (Dependency e : edges) {
      if (e.dependent() == token && !e.relation().equals("ref")) {
        return e;
      }
    }
    return null;
  }
}
