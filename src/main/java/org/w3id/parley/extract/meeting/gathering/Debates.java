package org.w3id.parley.extract.meeting.gathering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.PartyNames;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.party.Clauses;
import org.w3id.parley.extract.meeting.party.PartyWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * Debates whose sentence does not name both sides through the noun itself. A debate noun that names
 * one event on a stage, rather than a discussion in society ("the debate over taxes"), is definite
 * ("the debate", the one the article is about), dated ("Wednesday's debate", "the debate Thursday
 * night"), counted ("the second debate", "their last debate"), of a race ("the Democratic debate",
 * "a GOP presidential debate"), or the place where something happened ("at the debate", "in last
 * Sunday's debate"). Its debaters are the persons its clause sets against each other ("Her attack
 * on Sanders in last Sunday's debate", "At the final debate, he only hinted at Trump"); failing
 * that, {@link MeetingExtractor} gives it the debaters the article names for its debates elsewhere.
 */
public final class Debates {
  /** Words that make a debate one event ({@code debate-events.txt}). */
  private static final Set<String> EVENT_WORDS =
      Set.copyOf(WordList.words(MeetingWords.class, "debate-events.txt"));

  /** Words of {@code debate-events.txt} that describe any debate rather than tell one apart. */
  private static final Set<String> DESCRIPTIVE =
      Set.of(
          "presidential",
          "vice-presidential",
          "televised",
          "primetime",
          "prime-time",
          "primary",
          "tonight");

  /** The words that give a debate an order among others ("the final debate", "the main one"). */
  private static final Set<String> ORDER_WORDS = orderWords();

  private static Set<String> orderWords() {
    Set<String> out = new java.util.HashSet<>(EVENT_WORDS);
    out.removeAll(DESCRIPTIVE);
    out.addAll(Set.of("main", "other", "another", "only"));
    return Set.copyOf(out);
  }

  /**
   * Whether something about a debate noun tells it from the article's other debates: a possessor, a
   * number, a name, a day, or a word of order from {@code debate-events.txt} ("the final debate",
   * "Thursday's debate", "the CNN debate", "the earlier debate"; not "the televised debate").
   */
  public static boolean toldApart(Deps d, int trigger) {
    if (!d.children(trigger, "nmod:poss", "nummod").isEmpty()) {
      return true;
    }
    for (int k : d.children(trigger, "amod", "compound", "nmod:tmod", "obl:tmod")) {
      var t = d.token(k);
      if (t.isProperNoun()
          || ORDER_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
          || !t.ner().equals("O")) {
        return true;
      }
    }
    return false;
  }

  /** Common nouns for those who debate ("the candidates lashed out at …"). */
  private static final Set<String> DEBATER_NOUNS =
      Set.of(
          "candidate",
          "rival",
          "contender",
          "opponent",
          "nominee",
          "hopeful",
          "challenger",
          "debater",
          "contestant");

  private Debates() {}

  /** Whether the debate noun at trigger names one event. */
  public static boolean event(Deps d, int trigger) {
    if (!d.children(trigger, "nmod:over", "nmod:about", "nmod:on", "nmod:of", "nmod:around")
        .isEmpty()) {
      return false; // "the debate over immigration": a discussion
    }
    if (d.children(trigger, "det").stream().anyMatch(k -> d.token(k).lemma().equals("the"))) {
      return true; // "the debate": the one the article is about
    }
    if (d.headRelation(trigger).matches("(obl|nmod):(at|in|during|after|before|since|ahead_of)")) {
      return true;
    }
    for (int k :
        d.children(
            trigger, "amod", "compound", "nmod:poss", "nummod", "nmod:tmod", "obl:tmod", "nmod")) {
      String word = d.token(k).text().toLowerCase(Locale.ROOT);
      String ner = d.token(k).ner();
      if (EVENT_WORDS.contains(word)
          || ner.equals("DATE")
          || ner.equals("TIME")
          || ner.equals("ORDINAL")
          || PartyNames.of(d.token(k).text()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a debate noun speaks of debates in general: a bare plural that names no one event
   * ("Debates between Clinton and Sanders have rarely focused on education"), not "their debates",
   * "the two debates" or "Thursday's debates".
   */
  public static boolean generic(Deps d, int trigger, MeetingWords.Trigger word) {
    return !word.verb()
        && word.sense().equals("debate")
        && d.token(trigger).pos().equals("NNS")
        && d.children(trigger, "det", "nmod:poss", "nummod").isEmpty()
        && !event(d, trigger);
  }

  /**
   * The persons the debate's clause names on either side: the subject of the governing clause, the
   * persons the governing word acts on or is said of ("attack on Sanders", "hinted at Trump",
   * "called Fiorina one of the worst"), and those a noun set beside it pits against each other
   * ("the debate, a showdown between Clinton and Sanders").
   */
  public static List<Ref> clauseDebaters(PartyWords words, Deps d, int trigger) {
    List<Ref> out = new ArrayList<>();
    Optional<Ref> subject = Clauses.governingSubject(words, d, trigger);
    subject.ifPresent(out::add);
    int head = d.head(trigger);
    boolean unnamedDebaters =
        subject.isEmpty()
            && Clauses.governingSubjectWord(d, trigger)
                .filter(k -> k != trigger && DEBATER_NOUNS.contains(d.token(k).lemma()))
                .isPresent();
    if (head >= 0 && !unnamedDebaters) {
      // Whom unnamed debaters act on is not on the stage: "the Republican candidates lashed out
      // at Obama and Clinton in a debate" (but "the stakes were highest for Rubio and Kasich").
      for (int k : d.children(head, "nmod:poss", "obj", "iobj", "obl", "nmod", "nsubj")) {
        if (k != trigger) {
          out.addAll(words.resolve(d, k));
        }
      }
      for (int c : d.children(head, "conj")) {
        for (int k : d.children(c, "obj", "iobj", "obl")) {
          out.addAll(words.resolve(d, k)); // "called the merger a terrible deal and ranked Fiorina"
        }
      }
    }
    for (int a : apposed(d, trigger)) {
      // "the fifth Democratic debate, a showdown between Clinton and Sanders"
      for (int k : d.children(a, "nmod:between", "nmod:with", "nmod:among")) {
        out.addAll(words.resolve(d, k));
        for (int c : d.children(k, "conj")) {
          out.addAll(words.resolve(d, c));
        }
      }
    }
    return out.stream().filter(r -> r.entity().kind() == EntityKind.PERSON).toList();
  }

  /**
   * The nouns set beside the debate noun that describe it: its appositions, and the noun the parser
   * took for a second object of the debate's verb when a comma sets it right after the debate's
   * phrase ("aired the debate on Thursday night, a showdown between …").
   */
  private static List<Integer> apposed(Deps d, int trigger) {
    List<Integer> out = new ArrayList<>(d.children(trigger, "appos"));
    int head = d.head(trigger);
    if (head >= 0 && d.headRelation(trigger).equals("obj")) {
      for (int k : d.children(head, "obj")) {
        if (k > trigger
            && d.token(k).pos().startsWith("NN")
            && d.children(head, "punct").stream()
                .anyMatch(p -> p > trigger && p < k && d.token(p).text().equals(","))) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /**
   * The debaters of an article's other debates that an undecided one shares: those of the debates
   * that include everyone its own sentence names, when they are all the same persons; none when the
   * article names no debate with two persons in it, or several different pairs.
   */
  public static Optional<Set<EntityRef>> debatersFor(
      List<Set<EntityRef>> debates, Set<EntityRef> named) {
    Map<Set<EntityRef>, Integer> counts = new LinkedHashMap<>();
    for (Set<EntityRef> who : debates) {
      Set<EntityRef> persons = new LinkedHashSet<>();
      who.stream().filter(e -> e.kind() == EntityKind.PERSON).forEach(persons::add);
      if (persons.size() >= 2 && persons.containsAll(named)) {
        counts.merge(persons, 1, Integer::sum);
      }
    }
    // Several pairs of debaters ("the vice presidential debate", "the Trump-Biden debate"): which
    // one "the debate" is, the words do not say.
    return counts.size() == 1 ? Optional.of(counts.keySet().iterator().next()) : Optional.empty();
  }

  /**
   * Whether a debate noun is named for persons the article does not debate: "the Lincoln-Douglas
   * debates" (not "the prior Trump-Biden debate", nor "the CNN debate").
   */
  public static boolean namedForOthers(Mentions mentions, Deps d, int trigger) {
    for (int k : d.children(trigger, "compound")) {
      if (!d.token(k).isProperNoun()) {
        continue;
      }
      int first = d.subtree(k, e -> true).stream().min(Integer::compare).orElse(k);
      String phrase = mentions.text().substring(d.token(first).begin(), d.token(k).end());
      boolean others =
          phrase.contains("-")
              ? !namesPersons(mentions, phrase)
              : mentions.at(d.sentence().index(), k).isEmpty()
                  && PartyNames.of(d.token(k).text()).isEmpty()
                  && !namesPersons(mentions, phrase);
      if (others) {
        return true;
      }
    }
    return false;
  }

  /** Whether each part of "Trump-Biden" is a word of a person the article names. */
  private static boolean namesPersons(Mentions mentions, String word) {
    Set<String> names = new java.util.HashSet<>();
    for (Mention m : mentions.all()) {
      if (m.ref().kind() == EntityKind.PERSON) {
        names.addAll(
            List.of(mentions.text().substring(m.span().begin(), m.span().end()).split("\\s+")));
      }
    }
    return java.util.Arrays.stream(word.split("[-–\\s]+")).allMatch(names::contains);
  }
}
