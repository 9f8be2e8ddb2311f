package org.w3id.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.w3id.parley.extract.entity.Names;

/**
 * Scores meetings per article: a system meeting matches a gold one when at least two gold
 * participants are matched by name (the last word of a gold name equals, spelling-tolerantly, the
 * last word of one of the participant's names), and, for the stricter scores, when the dates are
 * equal (or both unknown) and the status agrees. Pairs are assigned one-to-one, most matched
 * participants first.
 */
public final class MeetingScorer {
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "him", "her", "his", "they", "them", "their", "we", "us", "i", "you",
          "your");

  public MeetingScore score(
      List<GoldMeeting> gold, List<SystemMeeting> system, Set<String> articles) {
    Map<String, List<GoldMeeting>> g = new HashMap<>();
    gold.forEach(m -> g.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    Map<String, List<SystemMeeting>> s = new HashMap<>();
    system.forEach(m -> s.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    MeetingScore total = new MeetingScore(0, 0, 0, 0, 0, 0);
    for (String a : articles) {
      List<GoldMeeting> ga = g.getOrDefault(a, List.of());
      List<SystemMeeting> sa = s.getOrDefault(a, List.of());
      total =
          total.plus(
              new MeetingScore(
                  1,
                  ga.size(),
                  sa.size(),
                  assign(ga, sa, MeetingScorer::participants),
                  assign(ga, sa, (x, y) -> participants(x, y) && x.date().equals(y.date())),
                  assign(ga, sa, MeetingScorer::full)));
    }
    return total;
  }

  private static int assign(
      List<GoldMeeting> gold,
      List<SystemMeeting> system,
      BiPredicate<GoldMeeting, SystemMeeting> match) {
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      for (int si = 0; si < system.size(); si++) {
        if (match.test(gold.get(gi), system.get(si))) {
          pairs.add(new int[] {matchedParticipants(gold.get(gi), system.get(si)), gi, si});
        }
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingInt(p -> -p[0])
            .thenComparingInt(p -> p[1])
            .thenComparingInt(p -> p[2]));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedS = new HashSet<>();
    int tp = 0;
    for (int[] p : pairs) {
      if (usedG.add(p[1])) {
        if (usedS.add(p[2])) {
          tp++;
        } else {
          usedG.remove(p[1]);
        }
      }
    }
    return tp;
  }

  /** Whether the system meeting names at least two of the gold participants. */
  static boolean participants(GoldMeeting g, SystemMeeting s) {
    return matchedParticipants(g, s) >= 2;
  }

  /** The strictest match: participants, the same date (or both unknown) and the same status. */
  static boolean full(GoldMeeting g, SystemMeeting s) {
    return participants(g, s) && g.date().equals(s.date()) && g.held() == s.held();
  }

  /** How many gold participants some distinct system participant names. */
  static int matchedParticipants(GoldMeeting g, SystemMeeting s) {
    Set<Integer> used = new HashSet<>();
    int matched = 0;
    List<String> ordered = new ArrayList<>(g.participants());
    ordered.sort(
        Comparator.comparing(n -> PRONOUNS.contains(n.toLowerCase(java.util.Locale.ROOT))));
    for (String name : ordered) {
      boolean pronoun = PRONOUNS.contains(name.toLowerCase(java.util.Locale.ROOT));
      for (int k = 0; k < s.participants().size(); k++) {
        // A pronoun in the gold ("He met Vorachit") is whoever the system resolved it to.
        if (!used.contains(k) && (pronoun || names(name, s.participants().get(k)))) {
          used.add(k);
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  /**
   * Whether a gold name names a system participant: the whole name, or one of its capitalised words
   * is the participant's surname ("Imus family", "family of Jacob Blake").
   */
  private static boolean names(String gold, Set<String> system) {
    List<String> words = new ArrayList<>();
    for (String w : gold.trim().split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        words.add(Names.fold(w));
      }
    }
    words.add(lastWord(gold));
    for (String n : system) {
      if (n.equalsIgnoreCase(gold)) {
        return true;
      }
      String surname = lastWord(n);
      if (words.stream().anyMatch(w -> Names.sameSurname(surname, w))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String name) {
    String[] words = name.trim().split("\\s+");
    return Names.fold(words[words.length - 1]);
  }
}
