package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.parley.extract.ExtractionException;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * The meeting lexicon, read once from this package's documented word lists: {@code triggers.tsv}
 * (words that report a meeting, with their sense, medium and where their counterpart is found),
 * {@code status-cues.tsv} (words that make a meeting planned or cancelled), {@code mode-cues.tsv}
 * (words that say it was a call or in person) and {@code other-senses.tsv} (modifiers that make a
 * meeting noun mean something else).
 */
public final class MeetingWords {
  /** Where a trigger's counterpart must be found for the trigger to count. */
  public enum Parties {
    ANY,
    WITH,
    OBJECT,
    BODY,
    /**
     * An organisation spoken to: "a speech to the Commodity Club" (not "a speech to reporters").
     */
    AUDIENCE
  }

  /**
   * One meeting word.
   *
   * @param word its lemma
   * @param verb whether it is a verb (else a noun)
   * @param sense meet, talk, negotiate, call, visit, host, debate, address or hearing
   * @param mode what the word alone says about the medium
   * @param parties where its counterpart must be
   * @param body whether one named body alone makes a meeting
   * @param mutual whether parties conjoined as its subject are each other's counterparts ("X and Y
   *     negotiated")
   */
  public record Trigger(
      String word,
      boolean verb,
      String sense,
      MeetingMode mode,
      Parties parties,
      boolean body,
      boolean mutual,
      boolean toCounterpart) {}

  /** A cue of one or more words, lower case. */
  record Cue<T>(List<String> words, T value) {}

  private static final Map<String, Trigger> VERBS = new HashMap<>();

  /** Verbs with their particle, by both words: "reach out" (in "reached out to Y"). */
  private static final Map<String, Trigger> PHRASAL_VERBS = new HashMap<>();

  private static final Map<String, Trigger> NOUNS = new HashMap<>();
  static final List<Cue<MeetingStatus>> STATUS_CUES = new ArrayList<>();
  static final List<Cue<MeetingMode>> MODE_CUES = new ArrayList<>();

  /**
   * Titles of journalists ({@code journalists.txt}): an interview by one is not a meeting
   * (news-gold's guidelines).
   */
  public static final java.util.Set<String> JOURNALISTS =
      java.util.Set.copyOf(WordList.words(MeetingWords.class, "journalists.txt"));

  /** Words that name a deliberative body one addresses ({@code bodies.txt}). */
  public static final java.util.Set<String> BODIES =
      java.util.Set.copyOf(WordList.words(MeetingWords.class, "bodies.txt"));

  /** Words that make a meeting noun one organisation's own meeting ({@code own-meetings.txt}). */
  public static final java.util.Set<String> OWN_MEETINGS =
      java.util.Set.copyOf(WordList.words(MeetingWords.class, "own-meetings.txt"));

  /** Whether a meeting noun is marked as one organisation's own ("the annual meeting"). */
  public static boolean ownMeetingNoun(Deps d, int noun) {
    List<Integer> words = new ArrayList<>(d.children(noun, "amod", "compound"));
    for (int owner : d.children(noun, "nmod:poss")) {
      // "the annual shareholders' meeting", parsed with "annual" on "shareholders"
      words.add(owner);
      words.addAll(d.children(owner, "amod", "compound"));
    }
    return words.stream().anyMatch(k -> OWN_MEETINGS.contains(d.token(k).lemma()));
  }

  /** Meeting nouns that also end the names of meetings ("the Sunshine Summit"). */
  private static final java.util.Set<String> NAMED_MEETINGS =
      java.util.Set.of("convention", "conference", "summit");

  /** Modifiers that put a meeting noun in another sense ({@code other-senses.tsv}), by noun. */
  private static final Map<String, java.util.Set<String>> OTHER_SENSES = new HashMap<>();

  static {
    for (String[] r : WordList.rows(MeetingWords.class, "other-senses.tsv", 2)) {
      OTHER_SENSES.computeIfAbsent(r[0], k -> new java.util.HashSet<>()).add(r[1]);
    }
    for (String[] r : WordList.rows(MeetingWords.class, "triggers.tsv", 7)) {
      Trigger t =
          new Trigger(
              r[0],
              switch (r[1]) {
                case "verb" -> true;
                case "noun" -> false;
                default -> throw bad("triggers.tsv", r, "pos must be verb or noun");
              },
              r[2],
              mode(r[3], "triggers.tsv", r),
              switch (r[4]) {
                case "any" -> Parties.ANY;
                case "with", "with+to" -> Parties.WITH;
                case "object" -> Parties.OBJECT;
                case "body" -> Parties.BODY;
                case "audience" -> Parties.AUDIENCE;
                default ->
                    throw bad(
                        "triggers.tsv",
                        r,
                        "parties must be any, with, with+to, object, body or audience");
              },
              r[5].equals("yes"),
              r[6].equals("yes"),
              r[4].equals("with+to"));
      String[] words = t.word().split(" ");
      if (words.length == 2 && t.verb()) {
        PHRASAL_VERBS.put(t.word(), t); // "reach out": a verb and its particle
      } else if (words.length == 1) {
        (t.verb() ? VERBS : NOUNS).put(t.word(), t);
      } else {
        throw bad("triggers.tsv", r, "a word of two words must be a verb and its particle");
      }
    }
    for (String[] r : WordList.rows(MeetingWords.class, "status-cues.tsv", 2)) {
      MeetingStatus s =
          switch (r[1]) {
            case "planned" -> MeetingStatus.PLANNED;
            case "cancelled" -> MeetingStatus.CANCELLED;
            default -> throw bad("status-cues.tsv", r, "status must be planned or cancelled");
          };
      STATUS_CUES.add(new Cue<>(List.of(r[0].split(" ")), s));
    }
    for (String[] r : WordList.rows(MeetingWords.class, "mode-cues.tsv", 2)) {
      MODE_CUES.add(new Cue<>(List.of(r[0].split(" ")), mode(r[1], "mode-cues.tsv", r)));
    }
  }

  private MeetingWords() {}

  private static MeetingMode mode(String s, String file, String[] row) {
    return switch (s) {
      case "in_person" -> MeetingMode.IN_PERSON;
      case "call" -> MeetingMode.CALL;
      case "unknown" -> MeetingMode.UNKNOWN;
      default -> throw bad(file, row, "mode must be in_person, call or unknown");
    };
  }

  private static ExtractionException bad(String file, String[] row, String why) {
    return new ExtractionException(file + ": " + String.join("\t", row) + ": " + why);
  }

  /**
   * Whether a modifier puts a meeting noun in another sense: "news conference", "naming
   * convention", "the public debate".
   */
  static boolean otherSense(Trigger noun, Token modifier) {
    return OTHER_SENSES
        .getOrDefault(noun.word(), java.util.Set.of())
        .contains(modifier.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a mode cue starts at token k: "face to face", "by phone" are how, not with whom. */
  public static boolean modeCueAt(Deps d, int k) {
    return MODE_CUES.stream().anyMatch(c -> matchesAt(d, k, c.words()));
  }

  /**
   * The meeting word at token k of a sentence, if it is one: also a hyphenated noun the tokenizer
   * split into its parts ("a sit-down with Trump", "held a fund-raiser for Clinton"), read at its
   * last part, and a verb with its particle ("reached out to Sanders"), read at the verb. The
   * extractor finds its triggers, and the parse selection its sentences, by this; the parse repairs
   * and the side readers ask {@link #trigger(Token)} of single words.
   */
  public static Optional<Trigger> trigger(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.pos().startsWith("VB") && k + 1 < tokens.size()) {
      // "reached out to Y": the particle right after the verb
      Trigger phrasal =
          PHRASAL_VERBS.get(t.lemma() + " " + tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
      if (phrasal != null) {
        return Optional.of(phrasal);
      }
    }
    if (k >= 2 && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
      Token hyphen = tokens.get(k - 1);
      Token first = tokens.get(k - 2);
      if (hyphen.text().equals("-") && hyphen.begin() == first.end() && t.begin() == hyphen.end()) {
        String prefix = first.text().toLowerCase(Locale.ROOT) + "-";
        Trigger w = NOUNS.get(prefix + t.text().toLowerCase(Locale.ROOT));
        if (w == null) {
          w = NOUNS.get(prefix + t.lemma());
        }
        if (w != null) {
          return Optional.of(w);
        }
      }
    }
    return trigger(t);
  }

  /** The meeting word a token is, if it is one: a verb by lemma, a noun by lemma or plural. */
  public static Optional<Trigger> trigger(Token t) {
    if (t.pos().startsWith("VB")) {
      return Optional.ofNullable(VERBS.get(t.lemma()));
    }
    if (t.pos().startsWith("NNP") && NAMED_MEETINGS.contains(t.text().toLowerCase(Locale.ROOT))) {
      // The head of a name, whatever NER made of it: "the Democratic National Convention", "the
      // Sunshine Summit".
      return Optional.ofNullable(NOUNS.get(t.text().toLowerCase(Locale.ROOT)));
    }
    if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
      String word = t.text().toLowerCase(Locale.ROOT);
      Trigger exact = NOUNS.get(word);
      return exact != null ? Optional.of(exact) : Optional.ofNullable(NOUNS.get(t.lemma()));
    }
    return Optional.empty();
  }

  /** Whether the words of a cue start at token k (each by its text, lower case, or its lemma). */
  static boolean matchesAt(Deps d, int k, List<String> words) {
    if (k + words.size() > d.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      Token t = d.token(k + i);
      String w = words.get(i);
      if (!t.text().toLowerCase(Locale.ROOT).equals(w) && !t.lemma().equals(w)) {
        return false;
      }
    }
    return true;
  }
}
