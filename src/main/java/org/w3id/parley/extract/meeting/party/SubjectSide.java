package org.w3id.parley.extract.meeting.party;

import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.SameGathering;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * Whether the subject of the clause a meeting noun stands in is a side of that meeting. Usually it
 * is ("X held talks with Y", "X said at a meeting with Y"); not when it only looks on ("criticized
 * the convention", {@code onlooker-verbs.txt}), when the noun is someone else's ("praised the
 * president's visit to Mexico"), or when the meeting is only where something else goes ("won 40
 * delegates to the convention").
 *
 * <pre>{@code
 * if (SubjectSide.lookedOn(d, noun) || SubjectSide.elsewhere(d, noun)) { ... }
 * }</pre>
 */
public final class SubjectSide {
  /**
   * Verbs whose subject comments on or watches the meeting that is their object, and takes no part
   * in it ({@code onlooker-verbs.txt}: "criticized the convention", "watched the debate").
   */
  private static final Set<String> ONLOOKING =
      Set.copyOf(WordList.words(MeetingWords.class, "onlooker-verbs.txt"));

  private SubjectSide() {}

  /** How a clause hangs the meeting it is about: "wrote to Clinton about a visit". */
  private static final String TOPIC = "(obl|nmod):(about|regarding|concerning)";

  /**
   * Whether the meeting noun is the object of a verb of commenting or watching, or what its clause
   * is about ("Tefft wrote to Clinton about a visit to Ukraine by her daughter": he is in no
   * visit).
   */
  public static boolean lookedOn(Deps d, int noun) {
    int head = d.head(noun);
    return head >= 0
        && (d.headRelation(noun).equals("obj") && ONLOOKING.contains(lemma(d, head))
            // the same word as a noun: "was a primary sponsor of a congressional trip"
            || d.headRelation(noun).equals("nmod:of")
                && d.token(head).pos().startsWith("NN")
                && ONLOOKING.contains(lemma(d, head))
            || d.headRelation(noun).matches(TOPIC));
  }

  /**
   * Whether the noun is reached "to" by a verb that is no going, coming or speaking: "won 40
   * delegates to the convention", "responded to the summit" (not "went to the convention", "spoke
   * to the conference").
   */
  static boolean elsewhere(Deps d, int noun) {
    int head = d.head(noun);
    return head >= 0
        && d.headRelation(noun).equals("obl:to")
        && !NounInClause.TRAVEL_VERBS.contains(lemma(d, head))
        && !SameGathering.ATTENDING.contains(lemma(d, head));
  }

  /**
   * Whether the noun names only the other side of its meeting, so that the clause's subject is the
   * first: a "with" complement and nothing else ("arranging calls with both Sanders and Clinton"),
   * not "talks between A and B" nor "a Cruz rally with King", which name both.
   *
   * @param modifiersName whether the noun's own modifiers name a party ("a Cruz rally")
   */
  static boolean withOnly(Deps d, int noun, boolean modifiersName) {
    return !d.children(noun, "nmod:with").isEmpty()
        && d.children(noun, "nmod:between", "nmod:among").isEmpty()
        && !modifiersName;
  }

  /**
   * Whether the noun belongs to someone the article does not name: "praised the president's visit
   * to Mexico", "before the nominee's visit". Its possessor is a common noun (pronouns resolve),
   * not a time ("last month's") nor the members whose meeting a body holds ("the shareholders'
   * meeting", {@code own-meetings.txt}), that resolves to no party.
   */
  static boolean unnamedOwner(PartyFinder finder, GroupNouns groups, Deps d, int noun) {
    return !d.token(noun).pos().startsWith("VB")
        && d.children(noun, "nmod:poss").stream()
            .anyMatch(
                k ->
                    d.token(k).pos().startsWith("NN")
                        && !finder.inTime(d.token(k))
                        && !MeetingWords.OWN_MEETINGS.contains(d.token(k).lemma())
                        && finder.resolve(d, k).isEmpty()
                        && groups.of(d, k).isEmpty());
  }

  private static String lemma(Deps d, int k) {
    return d.token(k).lemma().toLowerCase(Locale.ROOT);
  }
}
