package org.w3id.parley.extract.entity;

import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Token;

/**
 * Which person "he", "she", "him" or "her" is: a recent subject first, then a person whose first
 * name agrees with the pronoun, then the nearest person named before it.
 */
final class PersonPronouns {
  private static final java.util.Map<String, String> PRONOUN_GENDER =
      java.util.Map.of(
          "he", "male", "him", "male", "his", "male", "she", "female", "her", "female", "hers",
          "female");

  private final Mentions mentions;
  private final IntPredicate inQuote;
  private final Set<Mention> subjects;
  private final Set<Mention> mainSubjects;

  /**
   * @param inQuote whether a character offset lies inside a direct quote
   */
  PersonPronouns(Mentions mentions, IntPredicate inQuote) {
    this.mentions = mentions;
    this.inQuote = inQuote;
    this.subjects = new java.util.HashSet<>();
    this.mainSubjects = new java.util.HashSet<>();
    subjects(mentions, subjects, mainSubjects);
  }

  /** Whether a lemma is a pronoun that can refer back to a person ("he", "her"). */
  static boolean isPersonPronoun(String lemma) {
    return PRONOUN_GENDER.containsKey(lemma);
  }

  /**
   * The person a pronoun refers to: the latest person who was the subject of a clause in this or
   * the previous sentence ("Zelensky met Honcharuk. He said…" is Zelensky), else the nearest person
   * named before it; names inside quotes are skipped when the pronoun is outside them, and so is
   * anyone in {@code notThese}.
   */
  Optional<EntityRef> resolve(Token t, Set<EntityRef> notThese) {
    boolean quoted = inQuote.test(t.begin());
    int sentence = mentions.annotated().sentenceAt(t.begin()).index();
    Mention nearest = null;
    Mention subject = null;
    Mention mainSubject = null;
    Mention agreeing = null;
    int before = previousOutsideQuotes(sentence);
    String wanted = PRONOUN_GENDER.getOrDefault(t.lemma(), "");
    for (Mention m : mentions.all()) {
      if (m.ref().kind() != EntityKind.PERSON || m.span().end() > t.begin()) {
        continue;
      }
      if (!quoted && inQuote.test(m.span().begin())) {
        continue;
      }
      String gender = mentions.genderOf(m.ref());
      if (notThese.contains(m.ref())
          || !wanted.isEmpty()
              && !gender.isEmpty()
              && !gender.equals(wanted)
              && m.sentence() < sentence) {
        continue; // "she" is not Donald (name lists are unsure, so a subject in the same sentence
        // still wins)
      }
      nearest = m;
      if (!wanted.isEmpty() && gender.equals(wanted) && m.sentence() >= sentence - 3) {
        agreeing = m;
      }
      if (m.sentence() >= before && subjects.contains(m)) {
        if (subject != null && subject.sentence() < m.sentence()) {
          mainSubject = null; // the latest sentence with a subject decides
        }
        subject = m;
        if (mainSubjects.contains(m)) {
          mainSubject = m;
        }
      }
    }
    // "Clinton … unlike Obama. This came to the fore … Her attack": a person whose first name
    // agrees with the pronoun wins over a nearer one whose first name tells nothing.
    // "… said Murphy, using a term Rubio has used. He was joined by …": the subject of the main
    // clause, not of one inside it
    Mention best =
        mainSubject != null
            ? mainSubject
            : subject != null
                ? subject
                : agreeing != null && nearest != null && mentions.genderOf(nearest.ref()).isEmpty()
                    ? agreeing
                    : nearest;
    return Optional.ofNullable(best).map(Mention::ref);
  }

  /**
   * The sentence before this one that is not all inside a quote: "“…,” said Murphy. “Rubio produced
   * partisan bills.” He was joined …" looks back past the quoted sentence to Murphy's.
   */
  private int previousOutsideQuotes(int sentence) {
    int k = sentence - 1;
    for (int steps = 0; steps < 2 && k > 0 && quotedWhole(k); steps++) {
      k--;
    }
    return k;
  }

  private boolean quotedWhole(int sentence) {
    return mentions.annotated().sentences().get(sentence).tokens().stream()
        .filter(t -> t.text().matches(".*[\\p{L}\\p{N}].*"))
        .allMatch(t -> inQuote.test(t.begin()));
  }

  /**
   * Person mentions that are the subject of their clause, and those of them that are the subject of
   * the sentence's main clause (of its root or of a verb joined to it).
   */
  private static void subjects(Mentions mentions, Set<Mention> out, Set<Mention> main) {
    java.util.Map<Integer, Deps> parsed = new java.util.HashMap<>();
    for (Mention m : mentions.all()) {
      if (m.ref().kind() != EntityKind.PERSON) {
        continue;
      }
      Deps d =
          parsed.computeIfAbsent(
              m.sentence(), i -> new Deps(mentions.annotated().sentences().get(i)));
      for (int k = m.first(); k <= m.last(); k++) {
        if (d.headRelation(k).startsWith("nsubj") && !d.headRelation(k).startsWith("nsubj:pass")) {
          out.add(m);
          int at = k;
          if (d.governors(k).stream()
              .anyMatch(
                  g ->
                      d.headRelationOf(g, at).startsWith("nsubj")
                          && d.headRelation(g).matches("root|conj.*|parataxis"))) {
            main.add(m); // "Sanders, who had said …, criticized Clinton": of "criticized" too
          }
        }
      }
    }
  }
}
