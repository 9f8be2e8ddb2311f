package org.w3id.parley.extract.meeting;

import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;

/**
 * What a negation does to a meeting word: a meeting that did not happen is no meeting ("X did not
 * meet Y", "has never met", "no talks took place", "X was not at the summit"); one that someone
 * will not or would not hold was refused, so it is cancelled ("X will not meet Y during his visit",
 * "would not discuss it with Y", "does not plan to meet"); one that has "not yet" happened is still
 * to come.
 */
public final class Negation {
  /** What the negation, if any, says of the meeting. */
  public enum Polarity {
    AFFIRMED,
    DENIED,
    REFUSED,
    NOT_YET
  }

  /**
   * Verbs that say a meeting noun (their object) took place: "did not hold talks", "did not return
   * his calls", "never made contact with Fields", "has not paid a visit".
   */
  private static final Set<String> HOLDING =
      Set.of("hold", "have", "attend", "join", "take", "return", "answer", "accept", "make", "pay");

  /** Verbs that say a meeting noun (their subject) took place: "the meeting did not happen". */
  private static final Set<String> HAPPENING = Set.of("take", "happen", "occur", "go");

  private Negation() {}

  public static Polarity of(Deps d, int trigger, MeetingWords.Trigger word) {
    if (deniedByItsNoun(d, trigger)) {
      return Polarity.DENIED;
    }
    int verb = trigger;
    if (!word.verb()) {
      if (d.children(trigger, "det").stream().anyMatch(k -> d.token(k).lemma().equals("no"))) {
        return Polarity.DENIED; // "no talks were held", "there was no meeting"
      }
      verb = carrier(d, trigger);
      if (verb < 0) {
        return Polarity.AFFIRMED;
      }
      if (verb != trigger && noPlanTo(d, verb)) {
        return Polarity.REFUSED; // "has no plans to attend the convention", as "does not plan to"
      }
    }
    if (negated(d, verb)) {
      if (d.children(verb, "advmod").stream().anyMatch(k -> d.token(k).lemma().equals("yet"))) {
        return Polarity.NOT_YET;
      }
      boolean modal = d.children(verb, "aux").stream().anyMatch(a -> d.token(a).pos().equals("MD"));
      // "vowed not to meet Y", "decided not to attend": a meeting one will not hold
      boolean infinitive =
          d.children(verb, "mark").stream().anyMatch(m -> d.token(m).lemma().equals("to"));
      return modal || infinitive ? Polarity.REFUSED : Polarity.DENIED;
    }
    // "does not plan to meet", "did not want to talk": the plan or wish is negated
    if (d.headRelation(verb).startsWith("xcomp") && negated(d, d.head(verb))) {
      // but "did not need to meet with Y" says only that there was no need: no meeting either way
      return d.token(d.head(verb)).lemma().equals("need") ? Polarity.DENIED : Polarity.REFUSED;
    }
    return Polarity.AFFIRMED;
  }

  /**
   * The word whose negation negates a meeting noun, or -1: the noun itself when it is the predicate
   * of a copula ("X was not at the summit", "X is not in talks with Y": whoever the clause is about
   * was not there), else a verb that holds it or says it took place ("did not hold talks", "the
   * meeting did not happen").
   */
  private static int carrier(Deps d, int noun) {
    if (!d.children(noun, "cop").isEmpty()) {
      return noun;
    }
    int head = d.head(noun);
    String rel = d.headRelation(noun);
    return head >= 0
            && (rel.equals("obj") && HOLDING.contains(d.token(head).lemma())
                || rel.startsWith("nsubj") && HAPPENING.contains(d.token(head).lemma()))
        ? head
        : -1;
  }

  /**
   * "there were no plans for an emergency OPEC meeting", "no need for talks", "has no plans to meet
   * Y": a noun with "no" that the meeting is for or of says there is none.
   */
  private static boolean deniedByItsNoun(Deps d, int trigger) {
    int k = trigger;
    for (int steps = 0; steps < 2; steps++) {
      int head = d.head(k);
      if (head < 0) {
        return false;
      }
      String rel = d.headRelation(k);
      if (d.token(head).pos().startsWith("NN")
          && rel.matches("nmod:(for|of|on)|acl(:to)?")
          && none(d, head)) {
        return true;
      }
      if (d.token(head).pos().startsWith("VB")
          && rel.matches("ccomp|xcomp")
          && d.children(k, "mark").stream().anyMatch(m -> d.token(m).lemma().equals("to"))
          && d.children(head, "obj").stream().anyMatch(o -> none(d, o))) {
        return true; // "has no plans to meet Y", parsed with "to meet" on "has"
      }
      if (!rel.startsWith("nsubj")) {
        return false;
      }
      // "no plans for an emergency meeting to review prices", parsed with the meeting as the
      // subject of "review": the noun the clause hangs on decides
      k = head;
    }
    return false;
  }

  /**
   * Whether an infinitive is what a plan or wish with "no" is for: "has no plans to attend", parsed
   * with "to attend" on "has" or on "plans".
   */
  private static boolean noPlanTo(Deps d, int verb) {
    int head = d.head(verb);
    if (head < 0
        || d.children(verb, "mark").stream().noneMatch(m -> d.token(m).lemma().equals("to"))) {
      return false;
    }
    String rel = d.headRelation(verb);
    return d.token(head).pos().startsWith("NN") && rel.matches("acl(:to)?") && none(d, head)
        || d.token(head).pos().startsWith("VB")
            && rel.matches("ccomp|xcomp")
            && d.children(head, "obj").stream().anyMatch(o -> none(d, o));
  }

  private static boolean none(Deps d, int noun) {
    return d.children(noun, "det").stream().anyMatch(x -> d.token(x).lemma().equals("no"));
  }

  private static boolean negated(Deps d, int verb) {
    List<Integer> mods = d.children(verb, "advmod", "neg");
    return mods.stream()
        .map(k -> d.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(w -> w.equals("not") || w.equals("n't") || w.equals("never"));
  }
}
