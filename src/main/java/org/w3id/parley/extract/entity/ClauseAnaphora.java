package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * "Acme Corp said it had held talks with Bolt", "Acme and Bolt said they were in merger talks":
 * "it" or "they" as the subject of a clause that another clause governs (what its subject says,
 * wants or does next) is that subject: an organisation for "it", two or more named parties for
 * "they". Anything else the governing subject is ("the plan said it") leaves the pronoun open. The
 * same holds for "its" inside such a subject ("Acme said its officials met Bolt", {@link
 * OrgAnaphora#possessive}).
 */
public final class ClauseAnaphora {
  private ClauseAnaphora() {}

  static List<Ref> subjects(Mentions mentions, Deps d, int i) {
    Token t = d.token(i);
    boolean plural = t.text().equalsIgnoreCase("they");
    List<Integer> subjects = governingSubjects(d, i);
    return subjects.isEmpty()
        ? List.of()
        : named(mentions, d, subjects, plural, new Span(t.begin(), t.end()));
  }

  /**
   * The subjects of the clause that governs the one word i is the subject of (what its subject
   * says, wants or does next; up to three clauses up), or none: the words "it" or "they" there may
   * stand for.
   */
  public static List<Integer> governingSubjects(Deps d, int i) {
    if (!d.headRelation(i).startsWith("nsubj")) {
      return List.of();
    }
    int h = d.head(i);
    for (int steps = 0; h >= 0 && steps < 3; steps++) {
      int g = d.head(h);
      if (g < 0 || !d.headRelation(h).matches("(ccomp|xcomp|conj|advcl).*")) {
        return List.of();
      }
      List<Integer> subjects = d.children(g, "nsubj");
      if (!subjects.isEmpty()) {
        return subjects;
      }
      h = g;
    }
    return List.of();
  }

  private static List<Ref> named(
      Mentions mentions, Deps d, List<Integer> subjects, boolean plural, Span words) {
    List<Ref> out = new ArrayList<>();
    for (int k : subjects) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isEmpty()) {
        return List.of();
      }
      out.add(new Ref(m.get().ref(), words));
    }
    if (plural) {
      return out.size() >= 2 ? out : List.of();
    }
    return out.size() == 1 && out.get(0).entity().kind() == EntityKind.ORGANIZATION
        ? out
        : List.of();
  }
}
