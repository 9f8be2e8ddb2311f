package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * "The two firms meet again in Madrid", "both leaders", "the two sides": a plural noun counted as
 * two stands for the first two entities of its kind named back from it, sentence by sentence, when
 * the sentence that names the second names no third ("talks between Acme Corp and Bolt Inc … the
 * two firms").
 */
final class PluralAnaphora {
  /** How far back the pair may be named, in sentences. */
  private static final int WINDOW = 5;

  private static final Map<String, Set<EntityKind>> NOUNS = new LinkedHashMap<>();

  static {
    Set<EntityKind> org = Set.of(EntityKind.ORGANIZATION);
    Set<EntityKind> person = Set.of(EntityKind.PERSON);
    Set<EntityKind> country = Set.of(EntityKind.COUNTRY);
    for (String w : List.of("firm", "company", "bank", "group", "union", "organisation")) {
      NOUNS.put(w, org);
    }
    NOUNS.put("organization", org);
    for (String w : List.of("leader", "man", "woman", "president", "minister", "candidate")) {
      NOUNS.put(w, person);
    }
    for (String w : List.of("country", "nation", "government", "state")) {
      NOUNS.put(w, country);
    }
    NOUNS.put("side", Set.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY));
  }

  private final Mentions mentions;
  private final References refs;
  private final List<Meeting> reported;

  /**
   * @param reported the meetings reported so far, in text order (read, never changed)
   */
  PluralAnaphora(Mentions mentions, References refs, List<Meeting> reported) {
    this.mentions = mentions;
    this.refs = refs;
    this.reported = reported;
  }

  /** The two entities "the two firms" (token k) stands for, or none. */
  List<Ref> resolve(Deps d, int k) {
    Token t = d.token(k);
    if (t.pos().equals("PRP") && t.lemma().equals("they")) {
      List<Ref> coordinated = coordinatedBefore(d);
      return coordinated.isEmpty() && d.headRelation(k).startsWith("nsubj")
          ? lastMeetingsParties(
              d, t, again(d, d.head(k)) && !subjectBefore(d, k) ? AGAIN_WINDOW : 1)
          : coordinated;
    }
    Set<EntityKind> kinds = NOUNS.get(t.lemma());
    if (kinds == null || !t.pos().equals("NNS") || !countedAsTwo(d, k)) {
      return List.of();
    }
    int here = d.sentence().index();
    // Back from the noun, sentence by sentence, until two of the kind are named: "a meeting
    // between ENOF and Almaden … a statement by ENOF said … the two firms meet again".
    Map<Object, Ref> named = new LinkedHashMap<>();
    for (int s = here; s >= 0 && s >= here - WINDOW; s--) {
      for (Mention m : mentions.all()) {
        if (m.sentence() == s
            && (s < here || m.last() < k)
            && kinds.contains(m.ref().kind())
            && !refs.inQuote(m.span().begin())) {
          named.putIfAbsent(m.ref(), new Ref(m.ref(), m.span()));
        }
      }
      if (named.size() >= 2) {
        return named.size() == 2 ? new ArrayList<>(named.values()) : List.of();
      }
    }
    return List.of();
  }

  /**
   * "John Smith and Peter Jones arrived in Geneva on Monday. They met for three hours.": "they" as
   * a party stands for the parties the sentence before names as its coordinated subject ("X and
   * Y"); a sentence whose subject is anything else says "they" are others.
   */
  private List<Ref> coordinatedBefore(Deps d) {
    int here = d.sentence().index();
    if (here == 0) {
      return List.of();
    }
    Deps before = new Deps(mentions.annotated().sentences().get(here - 1));
    for (int root = 0; root < before.size(); root++) {
      if (before.head(root) >= 0) {
        continue;
      }
      for (int subject : Clauses.activeSubjects(before, root)) {
        List<Integer> words = new ArrayList<>(List.of(subject));
        words.addAll(before.children(subject, "conj"));
        Map<Object, Ref> named = new LinkedHashMap<>();
        for (int w : words) {
          for (Ref r : refs.resolve(before, w)) {
            if (r.entity().kind() != EntityKind.PLACE && !refs.inQuote(r.words().begin())) {
              named.putIfAbsent(r.entity(), r);
            }
          }
        }
        return words.size() >= 2 && named.size() >= 2 ? new ArrayList<>(named.values()) : List.of();
      }
    }
    return List.of();
  }

  /**
   * "Lopez met Weber in Berlin last week, and they will meet again in Paris": "they" as a subject
   * stands for the parties of the meeting reported last, earlier in its sentence or in the one
   * before ({@code back} sentences before: further for "they met again", which says whose meeting
   * it repeats), when no coordinated subject before names others.
   */
  private List<Ref> lastMeetingsParties(Deps d, Token they, int back) {
    int here = d.sentence().index();
    int from = mentions.annotated().sentences().get(Math.max(0, here - back)).begin();
    for (int i = reported.size() - 1; i >= 0; i--) {
      Meeting m = reported.get(i);
      int at = m.evidence().get(m.evidence().size() - 1).span().begin();
      if (at >= they.begin()) {
        continue;
      }
      if (at < from) {
        return List.of();
      }
      if (m.participants().size() < 2
          || m.participants().stream().anyMatch(e -> e.kind() == EntityKind.PLACE)) {
        return List.of();
      }
      Span words = new Span(they.begin(), they.end());
      return m.participants().stream().map(e -> new Ref(e, words)).toList();
    }
    return List.of();
  }

  /** How far back, in sentences, "they met again" may find the meeting it repeats. */
  private static final int AGAIN_WINDOW = 8;

  /** Whether the verb says it happens again ("they met again", "will meet once more"). */
  private static boolean again(Deps d, int verb) {
    return verb >= 0
        && d.children(verb, "advmod", "obl:npmod").stream()
            .anyMatch(a -> d.token(a).lemma().equalsIgnoreCase("again"));
  }

  /**
   * Whether a subject comes before token k in its sentence, a nearer one "they" may stand for
   * ("Ministers hope to approve a programme when they meet again").
   */
  private static boolean subjectBefore(Deps d, int k) {
    for (int j = 0; j < k; j++) {
      if (d.headRelation(j).startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean countedAsTwo(Deps d, int k) {
    List<String> words =
        d.children(k, "nummod", "det", "amod").stream().map(x -> d.token(x).lemma()).toList();
    // "the two firms", "both leaders"; not "two middle-aged men who had just voted": without
    // "the" two are new to the story
    boolean definite =
        words.stream().anyMatch(w -> Set.of("the", "these", "those").contains(w))
            || !d.children(k, "nmod:poss").isEmpty();
    return words.contains("both") || definite && (words.contains("two") || words.contains("2"));
  }
}
