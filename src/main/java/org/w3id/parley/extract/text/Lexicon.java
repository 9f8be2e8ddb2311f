package org.w3id.parley.extract.text;

import com.google.common.collect.Sets;
import java.util.Map;
import java.util.Set;

/**
 * The words Parley's extraction rules key on: titles, speech verbs, meeting words, cues of a
 * planned event.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Titles, lower case, hyphenated words joined with "-". Longest match wins. */
  public static final Set<String> ROLES =
      Set.of(
          "president",
          "vice president",
          "vice-president",
          "president-elect",
          "prime minister",
          "deputy prime minister",
          "foreign minister",
          "foreign secretary",
          "minister of foreign affairs",
          "foreign affairs minister",
          "defence minister",
          "defense minister",
          "finance minister",
          "interior minister",
          "health minister",
          "economy minister",
          "trade minister",
          "justice minister",
          "energy minister",
          "minister",
          "deputy minister",
          "secretary of state",
          "secretary of defense",
          "secretary",
          "chancellor",
          "king",
          "queen",
          "prince",
          "crown prince",
          "emir",
          "sultan",
          "sheikh",
          "taoiseach",
          "premier",
          "envoy",
          "special envoy",
          "peace envoy",
          "ambassador",
          "diplomat",
          "top diplomat",
          "chief diplomat",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "speaker",
          "senator",
          "governor",
          "mayor",
          "leader",
          "opposition leader",
          "supreme leader",
          "pope",
          "general",
          "commander",
          "head of state",
          "secretary-general",
          "secretary general",
          "general secretary",
          "chairman",
          "chairwoman",
          "chair",
          "chief",
          "representative",
          "congressman",
          "congresswoman",
          "lawmaker",
          "attorney general",
          "national security adviser",
          "adviser",
          "advisor",
          "first lady",
          "monarch",
          "emperor",
          "ayatollah",
          "co-chair",
          "head of government",
          "dictator");

  /** Different words for the same office, mapped to the canonical role. */
  public static final Map<String, String> ROLE_SYNONYMS =
      Map.of(
          "top diplomat", "foreign minister",
          "chief diplomat", "foreign minister",
          "minister of foreign affairs", "foreign minister",
          "foreign affairs minister", "foreign minister",
          "defense minister", "defence minister",
          "vice-president", "vice president",
          "secretary general", "secretary-general",
          "advisor", "adviser");

  /** Words that take a role from context ("his Azerbaijani counterpart X"). */
  public static final Set<String> COUNTERPART = Set.of("counterpart", "counterparts");

  /** Lemmas of verbs that introduce quoted words ("…,” she said). */
  static final Set<String> QUOTE_VERBS =
      Set.of(
          "say",
          "add",
          "tell",
          "state",
          "note",
          "emphasize",
          "emphasise",
          "stress",
          "declare",
          "announce",
          "warn",
          "write",
          "explain",
          "insist",
          "ask",
          "reply",
          "respond",
          "claim",
          "argue",
          "comment",
          "continue",
          "conclude",
          "accuse",
          "admit",
          "acknowledge",
          "urge",
          "remark",
          "tweet",
          "suggest",
          "affirm",
          "confirm",
          "deny",
          "complain",
          "vow",
          "pledge",
          "promise",
          "predict",
          "caution",
          "recall",
          "assert",
          "maintain",
          "observe",
          "reiterate",
          "underline",
          "underscore",
          "contend",
          "concede",
          "allege",
          "charge",
          "testify",
          "reveal",
          "disclose",
          "mention",
          "repeat",
          "counter",
          "retort",
          "joke",
          "boast",
          "brag",
          "lament",
          "stressed",
          "post",
          "wrote",
          "blog",
          "sing",
          "yell",
          "shout",
          "cry",
          "scream",
          "whisper",
          "quip",
          "muse");

  /** Verbs whose object and predicate are what was said: "called Putin a strong leader". */
  public static final Set<String> NAMING_VERBS =
      Set.of("call", "describe", "label", "dub", "brand", "characterize");

  /**
   * Speech verbs that take a content clause but would be wrong as a direct-quote verb on their own;
   * the naming verbs are among them.
   */
  public static final Set<String> INDIRECT_ONLY =
      Sets.union(
              NAMING_VERBS,
              Set.of(
                  "believe",
                  "hope",
                  "report",
                  "point",
                  "demand",
                  "threaten",
                  "find",
                  "indicate",
                  "worry",
                  "fear",
                  "agree",
                  "recommend",
                  "propose",
                  "expect",
                  "know",
                  "decide",
                  "estimate",
                  "signal",
                  "hint",
                  "question"))
          .immutableCopy();

  /** Lemmas of verbs that report speech. */
  public static final Set<String> SPEECH_VERBS =
      Sets.union(QUOTE_VERBS, INDIRECT_ONLY).immutableCopy();

  /** Nouns that name a meeting. */
  public static final Set<String> MEETING_NOUNS =
      Set.of(
          "meeting",
          "meetings",
          "talks",
          "talk",
          "summit",
          "conference",
          "negotiations",
          "consultations",
          "visit",
          "audience",
          "session",
          "encounter",
          "tête-à-tête",
          "signing",
          "briefing");

  /** Verbs (lemmas) that report a meeting. */
  public static final Set<String> MEETING_VERBS =
      Set.of("meet", "confer", "host", "receive", "visit", "shake");

  /** Words that make an event planned rather than held. */
  public static final Set<String> PLANNED_CUES =
      Set.of(
          "will",
          "shall",
          "would",
          "scheduled",
          "schedule",
          "due",
          "plan",
          "planned",
          "plans",
          "expected",
          "expect",
          "upcoming",
          "forthcoming",
          "next",
          "future",
          "hope",
          "hopes",
          "intend",
          "intends",
          "propose",
          "proposed",
          "anticipated",
          "anticipate",
          "prepare",
          "preparing",
          "invite",
          "invited",
          "set",
          "pipeline",
          "tomorrow");

  /** Bodies that CoreNLP's NER often tags as locations. */
  public static final Set<String> ORGANIZATIONS_TAGGED_AS_PLACES =
      Set.of(
          "European Union",
          "EU",
          "United Nations",
          "UN",
          "NATO",
          "African Union",
          "Arab League",
          "ASEAN",
          "OSCE");

  /** Pronouns that can refer back to a person. */
  public static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers");
}
