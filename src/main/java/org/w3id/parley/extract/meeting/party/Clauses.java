package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Animacy;

/** The clauses that govern a meeting word: their subjects, and the first of each coordination. */
public final class Clauses {
  private Clauses() {}

  /**
   * The first word of each coordination among the tokens: the enhanced graph repeats a relation on
   * every conjunct ("met standards and the EC" gives two objects), but the slot is filled by the
   * first.
   */
  static List<Integer> heads(Deps d, List<Integer> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int k : tokens) {
      boolean conjunct = false;
      for (int other : tokens) {
        conjunct |= other != k && d.children(other, "conj").contains(k);
      }
      if (!conjunct) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The subject of the nearest governing clause that has one, if it names a party. A clause whose
   * subject names none ("the employers had invited the unions for talks, Van der Vorm said", "an
   * agreement negotiated with Canada would help, Heller said") ends the search: the speaker of an
   * outer "said" reports the meeting, he is not in it.
   */
  public static Optional<Ref> governingSubject(PartyWords words, Deps d, int trigger) {
    return governingSubjects(words, d, trigger).stream().findFirst();
  }

  /**
   * Everyone that subject names: "the leaders of France, Germany and Britain issued a statement
   * after meeting on the sidelines" met as three.
   */
  static List<Ref> governingSubjects(PartyWords words, Deps d, int trigger) {
    int h = d.head(trigger);
    boolean quoted = words.inQuote(d.token(trigger).begin());
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      if (!quoted && words.inQuote(d.token(h).begin())) {
        // "…that Chad was an anomaly", recalling their first meeting: the parser hung the words
        // after a quote on a clause inside it, which governs nothing outside.
        return List.of();
      }
      List<Integer> subjects = activeSubjects(d, h);
      for (int k : subjects) {
        List<Ref> r = words.resolve(d, k);
        if (!r.isEmpty()) {
          return r;
        }
      }
      if (!subjects.isEmpty()) {
        return List.of();
      }
      h = d.head(h);
    }
    return List.of();
  }

  /**
   * "Greenidge said a World Bank mission would visit Georgetown": the parser took the complement
   * clause's subject for the object of "said" and hung the verb on it as a bare dependent. The
   * object, when only auxiliaries stand between it and the verb, is the verb's subject.
   */
  static Optional<Integer> objectReadForSubject(Deps d, int verb) {
    int g = d.head(verb);
    if (g < 0 || !d.headRelation(verb).equals("dep")) {
      return Optional.empty();
    }
    for (int o : d.children(g, "obj")) {
      List<Integer> phrase = d.subtree(o, e -> true);
      int end = phrase.get(phrase.size() - 1);
      if (end >= verb) {
        continue;
      }
      boolean onlyAuxiliaries = true;
      for (int k = end + 1; k < verb; k++) {
        onlyAuxiliaries &= d.headRelation(k).startsWith("aux") && d.head(k) == verb;
      }
      if (onlyAuxiliaries) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * A clause's subjects that act: "10 governors were elected at the annual meeting, the exchange
   * said" is the exchange's meeting, the passive subject says nothing about who met.
   */
  static List<Integer> activeSubjects(Deps d, int h) {
    List<Integer> out = new ArrayList<>(d.children(h, "nsubj"));
    out.removeAll(d.children(h, "nsubj:pass"));
    return out;
  }

  /**
   * The doer of a clause whose only subject is a thing the parser made its controller: "Tanaka
   * declined an invitation to speak at the convention" (the invitation does not speak; whoever
   * declined it would have). The subject of the verb whose object that thing is; nothing when the
   * controller is a party or animate ("anyone to play the role", by CoreNLP's animate nouns).
   */
  static Optional<Ref> thingControllerOwner(PartyWords words, Deps d, int h) {
    List<Integer> subjects = activeSubjects(d, h);
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    Optional<Ref> owner = Optional.empty();
    for (int k : subjects) {
      if (!d.headRelationOf(h, k).equals("nsubj:xsubj")
          || !words.resolve(d, k).isEmpty()
          || Animacy.animate(d.token(k))) {
        return Optional.empty();
      }
      for (int g = 0; g < d.size() && owner.isEmpty(); g++) {
        if (g != h && d.headRelationOf(g, k).matches("i?obj")) {
          if (activeSubjects(d, g).isEmpty()) {
            // "Offered the chance to speak there, Weber declined"
            owner = governingSubject(words, d, g);
          }
          for (int s : activeSubjects(d, g)) {
            List<Ref> r = words.resolve(d, s);
            if (!r.isEmpty()) {
              owner = Optional.of(r.get(0));
              break;
            }
          }
        }
      }
    }
    return owner;
  }

  /**
   * "Speaking in the Legislative Council, Lam was interrupted": a participle that opens the
   * sentence is done by the main clause's subject, a passive one too.
   */
  static List<Ref> openingParticipleSubjects(PartyWords words, Deps d, int trigger) {
    int head = d.head(trigger);
    if (head < trigger || !d.token(trigger).pos().equals("VBG")) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (int k : d.children(head, "nsubj:pass")) {
      out.addAll(words.resolve(d, k));
    }
    return out;
  }

  /** The subject word of the nearest governing clause that has one. */
  public static Optional<Integer> governingSubjectWord(Deps d, int trigger) {
    int h = d.head(trigger);
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      List<Integer> subjects = activeSubjects(d, h);
      if (!subjects.isEmpty()) {
        return Optional.of(subjects.get(0));
      }
      h = d.head(h);
    }
    return Optional.empty();
  }

  /** Whether a governing clause has a subject at all (one that names no party is still one). */
  static boolean hasGoverningSubject(Deps d, int trigger) {
    int h = d.head(trigger);
    for (int steps = 0; h >= 0 && steps < 4; steps++) {
      if (!activeSubjects(d, h).isEmpty()) {
        return true;
      }
      h = d.head(h);
    }
    return false;
  }
}
