package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Token;

/**
 * One party's meetings with several coordinated counterparts that are one meeting each, not one
 * meeting of all: a call ("Obama spoke by phone with the leaders of France, Brazil and China": a
 * phone call has two ends, so three calls), unless a conference or video call, which joins many;
 * and anything the text calls separate ("held separate talks with A and B", "met separately with A
 * and B"). Each counterpart is one conjunct with what its words carry ("Indian Prime Minister
 * Narendra Modi" is Modi and India, together), and so is each party of one kind a plural phrase
 * stands for ("the leaders of France, Brazil and China"); a party that is neither is in every
 * meeting.
 */
final class SeparateMeetings {
  private static final Set<String> SEPARATE = Set.of("separate", "separately", "individually");
  private static final Set<String> MANY_ENDED =
      Set.of("conference", "videoconference", "teleconference", "video", "virtual", "zoom");

  private SeparateMeetings() {}

  /**
   * The counterparts by conjunct, when the trigger's meeting is one per counterpart; empty when it
   * is one meeting (fewer than two conjuncts, no one on the first side, or many-ended).
   */
  static List<List<Ref>> counterparts(
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      List<Ref> first,
      List<Ref> counterparts,
      boolean call,
      Function<EntityRef, Set<String>> represents) {
    if (first.isEmpty()
        || counterparts.size() < 2
        || !(call ? oneToOne(d, trigger, word) : separate(d, trigger))) {
      return List.of();
    }
    Map<Object, List<Ref>> byConjunct = new LinkedHashMap<>();
    List<Ref> shared = new ArrayList<>();
    for (Ref r : counterparts) {
      int c = conjunct(d, trigger, tokenAt(d, r));
      if (c >= 0) {
        byConjunct.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
      } else if (oneOfMany(r, counterparts)) {
        byConjunct.put(r, new ArrayList<>(List.of(r)));
      } else {
        shared.add(r);
      }
    }
    if (byConjunct.size() < 2) {
      return List.of();
    }
    // A person who represents a country a group stands for goes with it: "Indian Prime Minister
    // Narendra Modi" (or "the leaders of France and India", Modi among them) is one end of a call.
    for (Ref r : counterparts) {
      Set<String> countries = represents.apply(r.entity());
      Optional<List<Ref>> home =
          byConjunct.values().stream()
              .filter(
                  g ->
                      g.stream()
                          .anyMatch(
                              o ->
                                  o.entity().kind() == EntityKind.COUNTRY
                                      && countries.contains(o.entity().key())))
              .findFirst();
      if (home.isPresent() && !home.get().contains(r)) {
        byConjunct.values().forEach(g -> g.remove(r));
        shared.remove(r);
        home.get().add(r);
      }
    }
    byConjunct.values().removeIf(List::isEmpty);
    if (byConjunct.size() < 2) {
      return List.of();
    }
    List<List<Ref>> out = new ArrayList<>();
    for (List<Ref> group : byConjunct.values()) {
      List<Ref> one = new ArrayList<>(group);
      one.addAll(shared);
      out.add(one);
    }
    return out;
  }

  /**
   * Whether r is one of several parties that one plural phrase stands for ("the leaders of France,
   * Brazil and China", "the two firms").
   */
  private static boolean oneOfMany(Ref r, List<Ref> all) {
    return all.stream()
        .anyMatch(o -> o != r && o.words().equals(r.words()) && !o.entity().equals(r.entity()));
  }

  /**
   * A call with two ends: no debate ("would be virtual"), and nothing in the sentence that makes it
   * a conference or video call ("a conference call", "a video summit").
   */
  private static boolean oneToOne(Deps d, int trigger, MeetingWords.Trigger word) {
    return !word.sense().equals("debate")
        && d.sentence().tokens().stream()
            .noneMatch(t -> MANY_ENDED.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /** "separate talks", "met separately", "individually". */
  private static boolean separate(Deps d, int trigger) {
    return d.children(trigger, "amod", "advmod").stream()
        .anyMatch(k -> SEPARATE.contains(d.token(k).lemma().toLowerCase()));
  }

  /** The token a ref's words start at, or -1 when they are outside the sentence. */
  private static int tokenAt(Deps d, Ref r) {
    for (Token t : d.sentence().tokens()) {
      if (t.begin() == r.words().begin()) {
        return t.index();
      }
    }
    return -1;
  }

  /**
   * The conjunct a token belongs to: the nearest token on its way up to the trigger that is
   * coordinated with another; -1 if none is.
   */
  private static int conjunct(Deps d, int trigger, int k) {
    for (int t = k, steps = 0; t >= 0 && t != trigger && steps < d.size(); t = d.head(t), steps++) {
      if (coordinated(d, t)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean coordinated(Deps d, int t) {
    if (!d.children(t, "conj").isEmpty()) {
      return true;
    }
    for (int g = 0; g < d.size(); g++) {
      if (d.children(g, "conj").contains(t)) {
        return true;
      }
    }
    return false;
  }
}
