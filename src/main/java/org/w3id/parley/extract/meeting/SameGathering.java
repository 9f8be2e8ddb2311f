package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.meeting.gathering.Debates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * A gathering the article reported before, named again by a definite noun that names no party of
 * its own: "The NAACP held its annual convention in Detroit. Weber spoke at the convention" (Weber
 * was at the NAACP's convention); "Leaders of the G7 met in Biarritz. Lopez arrived late for the
 * summit". The antecedent is the last meeting reported by the same word within a few sentences, or
 * for "the meeting", "the summit" and "the session" by any word of meeting. Whoever the later
 * sentence puts at it joins it; one who pulls out of it has a cancelled meeting with its body. A
 * body's gathering named again by its own noun is the one reported before, however far back ("the
 * Republican convention" all through a story), unless words of time tell the two apart.
 */
public final class SameGathering {
  /** How many sentences back a definite gathering noun may refer. */
  private static final int REACH = 6;

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /**
   * A meeting reported by a word: where it is in the extractor's list, in which sentence, and
   * whether nothing about its noun tells it from another meeting of its kind ({@link #plain}).
   */
  private record Reported(
      String word,
      String sense,
      int sentence,
      int index,
      boolean plain,
      Set<String> modifiers,
      Set<String> common,
      Set<String> when) {}

  /** Words that name any gathering reported before ("Leaders of the G7 met … the summit"). */
  private static final Set<String> GENERIC = Set.of("meeting", "summit", "session");

  private final List<Reported> reported = new ArrayList<>();

  /** Whether a token is part of a time expression SUTime found in the article. */
  private final java.util.function.Predicate<org.w3id.parley.nlp.Token> inTime;

  /**
   * @param inTime whether a token is part of one of the article's time expressions
   */
  SameGathering(java.util.function.Predicate<org.w3id.parley.nlp.Token> inTime) {
    this.inTime = inTime;
  }

  /**
   * How a verb of attending hangs the gathering (not "speaking to reporters after the meeting").
   */
  private static final Set<String> AT_IT =
      Set.of(
          "obj",
          "obl:at",
          "obl:in",
          "obl:to",
          "obl:for",
          "obl:during",
          "obl:of",
          "obl:from",
          "obl:out_of");

  /** Verbs whose subject is at the gathering its noun hangs on ({@code attending-verbs.txt}). */
  public static final Set<String> ATTENDING =
      Set.copyOf(WordList.words(SameGathering.class, "attending-verbs.txt"));

  /**
   * Whether the parties found on the trigger's side came to the gathering: the subject of a verb of
   * attending the trigger hangs on ("Weber spoke at the convention"), not of just any verb
   * ("Microsoft cut its support for the convention").
   */
  static boolean attended(Deps d, int trigger) {
    int head = d.head(trigger);
    return head >= 0
        && d.token(head).pos().startsWith("VB")
        && AT_IT.contains(d.headRelation(trigger))
        && ATTENDING.contains(d.token(head).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  void clear() {
    reported.clear();
  }

  /** The meeting at {@code index} of the extractor's list was reported by the word at trigger. */
  void noted(Deps d, int trigger, MeetingWords.Trigger word, int index) {
    reported.add(
        new Reported(
            word.word(),
            word.sense(),
            d.sentence().index(),
            index,
            plain(d, trigger, word),
            modifiers(d, trigger),
            commonModifiers(d, trigger),
            when(d, trigger)));
  }

  /**
   * The index of an earlier report of the same body's gathering by the same noun, anywhere before
   * in the article: "Apple will not fund the Republican convention" after "the Republican
   * convention in Cleveland" is that convention again, one event however often a story names it. A
   * later noun set in time is another gathering unless the earlier one was set in time by the same
   * words ("the 2012 convention" after "the convention", "the next meeting"; but "its first
   * national convention" twice is one), while a later plain noun names the earlier one however it
   * was set ("the IMF meeting" after "next week's meeting of the IMF"); two nouns with different
   * common words are two ("a special meeting" is not "the annual meeting"). The names of the body
   * ("Republican", "GOP") do not tell them apart.
   *
   * @param sameBody whether the meeting at an index of the extractor's list is of this body and
   *     agrees with this report in day, place and period
   */
  Optional<Integer> sameBodys(
      Deps d, int trigger, MeetingWords.Trigger word, java.util.function.IntPredicate sameBody) {
    if (word.verb()) {
      return Optional.empty();
    }
    Set<String> kind = commonModifiers(d, trigger);
    Set<String> when = when(d, trigger);
    return last(
        d,
        Integer.MAX_VALUE,
        true,
        r ->
            r.word().equals(word.word())
                && (when.isEmpty() || r.when().equals(when))
                && r.common().equals(kind)
                && sameBody.test(r.index()));
  }

  /** Words before or on a gathering noun that set it in time among others of its body. */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "last",
          "next",
          "previous",
          "past",
          "earlier",
          "later",
          "first",
          "second",
          "third",
          "final",
          "another",
          "other",
          "special",
          "emergency",
          "extraordinary",
          "former",
          "future");

  /**
   * The words that set a gathering noun in time among others, in the words before the noun or under
   * them: a number ("the 2012 convention"), a time expression SUTime found ("next week's meeting",
   * "last year's annual meeting"), a word of order or occasion ("the next meeting", "a special
   * meeting").
   */
  private Set<String> when(Deps d, int noun) {
    Set<String> out = new java.util.TreeSet<>();
    for (int k :
        d.children(noun, "nummod", "amod", "compound", "nmod:poss", "nmod:tmod", "obl:tmod")) {
      for (int w : d.subtree(k, e -> true)) {
        var t = d.token(w);
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (t.pos().equals("CD") || TIME_WORDS.contains(lemma) || inTime.test(t)) {
          out.add(lemma);
        }
      }
    }
    return out;
  }

  /** The modifiers of a noun that are common words, not names ("annual", not "Republican"). */
  private static Set<String> commonModifiers(Deps d, int noun) {
    Set<String> out = new LinkedHashSet<>();
    for (int k : d.children(noun, "amod", "compound")) {
      var t = d.token(k);
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      if (!Character.isUpperCase(t.text().charAt(0)) && !TIME_WORDS.contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  /**
   * The index of the meeting a definite noun trigger names again, if it is one: a noun with "the"
   * or a demonstrative and no possessor or number, naming no party itself. A noun with adjectives
   * or nouns before it ("the final debate", "the annual meeting", "the Nixon-Kennedy debates" may
   * be another) names again only a meeting of its own word that had them all ("Siemens held its
   * annual meeting in Munich. Kaske told the annual meeting …").
   */
  Optional<Integer> antecedent(Deps d, int trigger, MeetingWords.Trigger word, boolean names) {
    if (word.verb()
        || names
        || !d.children(trigger, "nmod:poss", "nummod").isEmpty()
        || !definite(d, trigger)) {
      return Optional.empty();
    }
    Set<String> modifiers = modifiers(d, trigger);
    return last(
        d,
        REACH,
        true,
        r ->
            (modifiers.isEmpty()
                    ? r.word().equals(word.word())
                        || GENERIC.contains(word.word()) && r.sense().equals(word.sense())
                    : r.word().equals(word.word()) && r.modifiers().containsAll(modifiers))
                // "the debate" is never one told apart ("the earlier debate")
                && (r.plain() || !r.sense().equals("debate")));
  }

  /** The lemmas of the adjectives and nouns before a meeting noun ("annual", "shareholder"). */
  private static Set<String> modifiers(Deps d, int noun) {
    Set<String> out = new LinkedHashSet<>();
    for (int k : d.children(noun, "amod", "compound")) {
      out.add(d.token(k).lemma().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** Whether the noun has "the" or a demonstrative. */
  private static boolean definite(Deps d, int noun) {
    return d.children(noun, "det").stream()
        .anyMatch(k -> DEFINITE.contains(d.token(k).lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The index of the last meeting reported in an earlier sentence, at most {@code reach} back, that
   * the test accepts; with {@code earlierWords}, also by an earlier word of this sentence ("hoped
   * to meet Putin in Paris, but the meeting was called off").
   */
  private Optional<Integer> last(
      Deps d, int reach, boolean earlierWords, java.util.function.Predicate<Reported> test) {
    int here = d.sentence().index();
    for (int i = reported.size() - 1; i >= 0; i--) {
      Reported r = reported.get(i);
      boolean before = r.sentence() < here || earlierWords && r.sentence() == here;
      if (before && here - r.sentence() <= reach && test.test(r)) {
        return Optional.of(r.index());
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the debate a definite debate noun names again though its clause names debaters of
   * its own: "Entering the debate, Rubio and Christie faced attacks" after "Trump entered the
   * debate" is one debate with four on its stage. It is one when nothing about the noun tells it
   * apart ({@link Debates#toldApart}: "the final debate", "Thursday's debate", "the CNN debate")
   * and it has no "between" of its own; the debate it names again is the last one reported that
   * nothing tells apart either, anywhere before in the article (a story about a debate calls it
   * "the debate" throughout).
   */
  Optional<Integer> sameDebate(Deps d, int trigger, MeetingWords.Trigger word) {
    if (!plain(d, trigger, word)
        || !d.children(trigger, "nmod:between", "nmod:with", "nmod:among").isEmpty()
        || !definite(d, trigger)) {
      return Optional.empty();
    }
    return last(d, Integer.MAX_VALUE, false, r -> r.sense().equals("debate") && r.plain());
  }

  /** Whether the word is a debate noun that nothing tells from the article's other debates. */
  private static boolean plain(Deps d, int trigger, MeetingWords.Trigger word) {
    return !word.verb() && word.sense().equals("debate") && !Debates.toldApart(d, trigger);
  }

  /**
   * The parties of the later report: the earlier meeting's and the ones its sentence puts at it;
   * for a report of another status (a party pulled out) only the earlier meeting's organisations,
   * whose gathering it is, and the new parties.
   */
  static Set<EntityRef> parties(Meeting before, Set<EntityRef> added, boolean sameStatus) {
    Set<EntityRef> out = new LinkedHashSet<>();
    for (EntityRef p : before.participants()) {
      if (sameStatus || p.kind() == EntityKind.ORGANIZATION) {
        out.add(p);
      }
    }
    out.addAll(added);
    return out;
  }
}
