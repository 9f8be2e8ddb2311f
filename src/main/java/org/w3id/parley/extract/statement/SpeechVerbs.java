package org.w3id.parley.extract.statement;

import java.util.HashMap;
import java.util.Map;
import org.w3id.parley.extract.ExtractionException;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * The speech verbs, read once from this package's documented word list {@code speech-verbs.tsv}:
 * which verbs report speech, and whether they may introduce quoted words.
 */
final class SpeechVerbs {
  /** How a speech verb may be used. */
  enum Use {
    /** Introduces quoted words and reported speech: "…," she said; she said that …. */
    QUOTE,
    /** Reported speech only: "she hoped that …". */
    INDIRECT,
    /** Its object and predicate are what was said: "called Putin a strong leader". */
    NAMING
  }

  private static final Map<String, Use> VERBS = new HashMap<>();

  static {
    for (String[] r : WordList.rows(SpeechVerbs.class, "speech-verbs.tsv", 2)) {
      Use use =
          switch (r[1]) {
            case "quote" -> Use.QUOTE;
            case "indirect" -> Use.INDIRECT;
            case "naming" -> Use.NAMING;
            default ->
                throw new ExtractionException(
                    "speech-verbs.tsv: "
                        + String.join("\t", r)
                        + ": use must be quote, indirect or naming");
          };
      VERBS.put(r[0], use);
    }
  }

  private SpeechVerbs() {}

  /** Whether a lemma is a speech verb of any use. */
  static boolean isSpeech(String lemma) {
    return VERBS.containsKey(lemma);
  }

  /** Whether a lemma is a naming verb ("call", "describe"). */
  static boolean isNaming(String lemma) {
    return VERBS.get(lemma) == Use.NAMING;
  }

  /**
   * Whether a token is a speech verb; {@code forQuote} asks for one that may introduce quoted
   * words.
   */
  static boolean isSpeechVerb(Token t, boolean forQuote) {
    boolean verb = t.pos().startsWith("VB");
    Use use = VERBS.get(verb ? t.lemma() : initialVerb(t));
    return use != null && (!forQuote || use == Use.QUOTE);
  }

  /**
   * The lemma of a verb that opens a sentence and that the tagger took for a name ("Said Dorothy
   * Poynter, “…”"), or "".
   */
  private static String initialVerb(Token t) {
    if (t.index() != 0 || !t.pos().equals("NNP")) {
      return "";
    }
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "said", "says" -> "say";
      case "told", "tells" -> "tell";
      case "wrote", "writes" -> "write";
      case "added", "adds" -> "add";
      case "asked", "asks" -> "ask";
      default -> "";
    };
  }
}
