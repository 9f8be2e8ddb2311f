package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;

/**
 * What the verbs around a meeting word say of its status, beyond the cue words of {@code
 * status-cues.tsv}: done in the past or the perfect ("held a regularly scheduled meeting"),
 * arranged ("is to meet"), left ("pulled out of the convention"), called off; and a meeting dated
 * after its article is not held yet. Read by {@link Circumstances}.
 */
final class StatusWords {
  private StatusWords() {}

  /**
   * A meeting held after the day its article was published has not been held yet: its report
   * without a day was read as held, and a later report gave the day ("ahead of the Group of Seven
   * meetings" … "the meetings tomorrow").
   */
  static Meeting notYetHeld(Meeting m, LocalDate published) {
    if (m.status() != MeetingStatus.HELD
        || m.date().isEmpty()
        || !m.date().get().isAfter(published)) {
      return m;
    }
    return new Meeting(
        m.participants(), m.location(), m.date(), MeetingStatus.PLANNED, m.mode(), m.evidence());
  }

  /**
   * Whether the meeting's own verb (the trigger, or the verb whose object the meeting noun is) is
   * in the past or the present perfect: "the board held a regularly scheduled meeting", "said it
   * has had talks with Pesch, which is seeking control". A cue elsewhere in the sentence does not
   * make such a meeting planned.
   */
  static boolean reportedDone(Deps d, int trigger) {
    int verb = trigger;
    if (d.token(trigger).pos().equals("VBG")
        && d.children(trigger, "mark", "case").stream()
            .anyMatch(m -> AFTER.contains(d.token(m).lemma().toLowerCase(Locale.ROOT)))) {
      // "after meeting with Al Sharpton, Clinton proposed …": done before what the clause did
      verb = d.head(trigger);
      if (verb < 0) {
        return false;
      }
    } else if (!d.token(trigger).pos().startsWith("VB")) {
      // The verb whose object the noun is ("held talks"), or what was done during, at or after it
      // ("agreed during their summit", "said after talks with Macron").
      int noun = measured(d, trigger); // "after months of negotiations"
      verb = d.head(noun);
      if (verb < 0 || !DONE_AT.contains(d.headRelation(noun))) {
        return false;
      }
    }
    if (!d.token(verb).pos().startsWith("VB")) {
      return false;
    }
    // Not "will hold", "to hold": a modal or an infinitive is still to come.
    List<Integer> aux = d.children(verb, "aux");
    boolean ahead =
        aux.stream().anyMatch(a -> d.token(a).pos().equals("MD"))
            || d.children(verb, "mark").stream().anyMatch(m -> d.token(m).lemma().equals("to"));
    boolean perfect =
        d.token(verb).pos().equals("VBN")
            && aux.stream().anyMatch(a -> d.token(a).lemma().equals("have"));
    return !ahead && (d.token(verb).pos().equals("VBD") && aux.isEmpty() || perfect);
  }

  /**
   * "Weber is to meet Kraus", "was to fly to Berlin for talks with Kraus": "be" with a
   * to-infinitive, on the meeting's verb or the verb a meeting noun is the object or purpose of,
   * says what is arranged, not what was done.
   */
  static boolean arranged(Deps d, int trigger) {
    int verb = trigger;
    if (!d.token(trigger).pos().startsWith("VB")) {
      int noun = measured(d, trigger); // "is to hold two days of meetings"
      verb = d.head(noun);
      if (verb < 0 || !d.headRelation(noun).matches("obj|obl:(for|to)")) {
        return false;
      }
    }
    return d.token(verb).pos().equals("VB")
        && d.children(verb, "aux", "cop").stream().anyMatch(a -> d.token(a).lemma().equals("be"))
        && d.children(verb, "mark").stream().anyMatch(m -> d.token(m).lemma().equals("to"));
  }

  /**
   * The noun that stands for a meeting noun in its clause: the measure it is "of" ("after months of
   * negotiations", "two days of meetings"), else the noun itself.
   */
  private static int measured(Deps d, int noun) {
    int head = d.head(noun);
    return d.headRelation(noun).equals("nmod:of")
            && head >= 0
            && d.token(head).pos().startsWith("NN")
        ? head
        : noun;
  }

  /** Words that put a gerund before the verb it hangs on ("after meeting with X, Y said"). */
  private static final Set<String> AFTER = Set.of("after", "since", "following");

  /** How a meeting noun hangs on a verb that, done in the past, says the meeting was held. */
  private static final Set<String> DONE_AT =
      Set.of("obj", "obl:during", "obl:at", "obl:after", "obl:following");

  /**
   * "pulled out of the convention", "withdrew from the talks", "bowed out of the debate": a verb of
   * leaving whose own "of" or "from" the meeting is (not "pulled out of Iran after talks").
   */
  static boolean withdrawnFrom(Deps d, int trigger) {
    int verb = d.head(trigger);
    if (verb < 0 || !d.headRelation(trigger).matches("obl:(of|from|out_of)")) {
      return false;
    }
    String lemma = d.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
    boolean out =
        d.headRelation(trigger).equals("obl:out_of")
            || d.children(verb, "compound:prt").stream()
                .anyMatch(p -> d.token(p).lemma().equalsIgnoreCase("out"));
    return lemma.equals("withdraw") || out && LEAVING.contains(lemma);
  }

  /** Verbs that, with "out of", leave something: "pull out of", "back out of", "bow out of". */
  private static final Set<String> LEAVING = Set.of("pull", "back", "bow", "drop", "opt");

  /** "called off": the verb and its particle. */
  static boolean calledOff(Deps d, List<Integer> context) {
    for (int k : context) {
      if (d.token(k).lemma().equals("call")
          && d.children(k, "compound:prt").stream()
              .anyMatch(p -> d.token(p).lemma().equals("off"))) {
        return true;
      }
    }
    return false;
  }
}
