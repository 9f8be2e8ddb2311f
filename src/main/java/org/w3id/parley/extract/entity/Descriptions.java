package org.w3id.parley.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * What an article calls its persons and organisations, so that a later "the archbishop said" or
 * "the council said" finds them: the head noun of an apposition ("Chris Wright, the chief
 * technology officer of Red Hat"), of a title before the name ("archbishop Jorge Scheinig"), of a
 * copula ("Smith is the commissioner"), and for an organisation every word of its name ("the
 * Harbour Council of Westport" is "the council"). A description counts only when it fits one entity
 * of the article.
 */
final class Descriptions {
  private final Map<String, Set<EntityRef>> byNoun = new HashMap<>();

  private Descriptions() {}

  static Descriptions of(Mentions mentions) {
    Descriptions out = new Descriptions();
    Map<Integer, Deps> parsed = new HashMap<>();
    for (Mention m : mentions.all()) {
      EntityKind kind = m.ref().kind();
      if (kind != EntityKind.PERSON && kind != EntityKind.ORGANIZATION) {
        continue;
      }
      Deps d =
          parsed.computeIfAbsent(
              m.sentence(), i -> new Deps(mentions.annotated().sentences().get(i)));
      int head = head(d, m);
      for (var e : d.children(head)) {
        String rel = e.relation();
        boolean before = e.dependent() < m.first();
        if (rel.equals("appos") || (rel.equals("compound") && before)) {
          out.describe(mentions, d, e.dependent(), m.ref());
        }
      }
      String rel = d.headRelation(head);
      int governor = d.head(head);
      if (governor >= 0 && (rel.equals("appos") || isCopulaSubject(d, governor, rel))) {
        out.describe(
            mentions, d, governor, m.ref()); // "the president, Joe Smith"; "X is the chair"
      }
      if (kind == EntityKind.ORGANIZATION) {
        for (String w : mentions.draft(m.ref()).label.split("[\\s-]+")) {
          String word = w.toLowerCase(Locale.ROOT);
          if (!OrgAnaphora.PLACES.contains(word)) { // "Kansas City Chiefs" is not "the city"
            out.add(word, m.ref());
          }
        }
      }
    }
    return out;
  }

  /**
   * The one entity a definite description headed by token i stands for ("the archbishop", "the
   * council"), with the words of the description.
   */
  Optional<Ref> resolve(Deps d, int i, Mentions mentions) {
    Token t = d.token(i);
    if (!t.pos().startsWith("NN") || !definite(d, i)) {
      return Optional.empty();
    }
    Set<EntityRef> refs = byNoun.getOrDefault(t.lemma().toLowerCase(Locale.ROOT), Set.of());
    if (refs.size() != 1) {
      return Optional.empty();
    }
    int first = i;
    for (int k : d.children(i, "det", "amod", "compound", "nmod:poss")) {
      first = Math.min(first, d.subtree(k, x -> true).get(0));
    }
    return Optional.of(new Ref(refs.iterator().next(), new Span(d.token(first).begin(), t.end())));
  }

  private static boolean definite(Deps d, int i) {
    for (int k : d.children(i, "det")) {
      String w = d.token(k).lemma();
      if (w.equals("the") || w.equals("this") || w.equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCopulaSubject(Deps d, int governor, String rel) {
    return rel.equals("nsubj") && !d.children(governor, "cop").isEmpty();
  }

  /**
   * Titles of a head of state or government: a person so titled who acts for a country is also "the
   * leader" ("a visit with the leader of the country", "the Mexican leader said").
   */
  private static final Set<String> HEADS =
      Set.of("president", "premier", "chancellor", "king", "queen", "emir", "sultan", "taoiseach");

  /**
   * Nouns that describe anyone ("Seth was a very nice person"): no later "the first person who
   * reached out to us" takes them up.
   */
  private static final Set<String> ANYONE =
      Set.of("person", "people", "individual", "one", "someone", "guy", "thing");

  private void describe(Mentions mentions, Deps d, int k, EntityRef ref) {
    Token t = d.token(k);
    if (t.pos().startsWith("NN")
        && mentions.at(d.sentence().index(), k).isEmpty()
        && !ANYONE.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      String noun = t.lemma().toLowerCase(Locale.ROOT);
      add(noun, ref);
      PersonCluster c = ref.kind() == EntityKind.PERSON ? mentions.cluster(ref) : null;
      if (HEADS.contains(noun) && c != null && !c.represents.isEmpty()) {
        add("leader", ref);
      }
    }
  }

  private void add(String noun, EntityRef ref) {
    if (noun.length() > 2) {
      byNoun.computeIfAbsent(noun, n -> new LinkedHashSet<>()).add(ref);
    }
  }

  /** The token of a mention whose head lies outside it. */
  private static int head(Deps d, Mention m) {
    Set<Integer> inside = new HashSet<>();
    for (int k = m.first(); k <= m.last(); k++) {
      inside.add(k);
    }
    for (int k = m.last(); k >= m.first(); k--) {
      if (!inside.contains(d.head(k))) {
        return k;
      }
    }
    return m.last();
  }
}
