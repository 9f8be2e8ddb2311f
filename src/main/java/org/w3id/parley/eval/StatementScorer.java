package org.w3id.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores statements against gold attributions by PolNeAR's reference rules: a content match
 * overlaps by at least half the shorter span; a speaker match overlaps the gold source, or the last
 * word of the speaker text (or of the canonical speaker) is a word of the gold source; pairs are
 * assigned one-to-one, greedily by overlap. Statements without a speaker are counted apart. A gold
 * source marked unnamed (news-gold's null speaker) matches a speaker given only as words, not as an
 * entity.
 *
 * <pre>{@code
 * StatementScore s = new StatementScorer().score(gold, statements);
 * }</pre>
 */
public final class StatementScorer {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");

  /** Scores every gold article (articles without system statements count too). */
  public StatementScore score(List<GoldArticle> gold, List<SystemStatement> statements) {
    Map<String, List<SystemStatement>> byArticle = new HashMap<>();
    Map<String, Integer> unattributed = new HashMap<>();
    for (SystemStatement s : statements) {
      if (s.unattributed()) {
        unattributed.merge(s.article(), 1, Integer::sum);
      } else {
        byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
      }
    }
    StatementScore total = StatementScore.zero();
    for (GoldArticle a : gold) {
      total =
          total.plus(
              article(
                  a.relations(),
                  byArticle.getOrDefault(a.id(), List.of()),
                  unattributed.getOrDefault(a.id(), 0)));
    }
    return total;
  }

  /**
   * One article's one-to-one matches (gold index to system index), and the system statements that
   * match some gold relation at all.
   */
  record Matches(
      Map<Integer, Integer> content,
      Map<Integer, Integer> full,
      Set<Integer> contentAny,
      Set<Integer> fullAny) {}

  static Matches match(List<GoldRelation> g, List<SystemStatement> s) {
    List<int[]> contentPairs = new ArrayList<>();
    List<int[]> fullPairs = new ArrayList<>();
    for (int si = 0; si < s.size(); si++) {
      for (int gi = 0; gi < g.size(); gi++) {
        int overlap = s.get(si).content().overlap(g.get(gi).content());
        int shorter = Math.min(s.get(si).content().length(), g.get(gi).content().length());
        if (overlap > 0 && overlap >= 0.5 * shorter) {
          contentPairs.add(new int[] {overlap, si, gi});
          if (speakerMatches(s.get(si), g.get(gi))) {
            fullPairs.add(new int[] {overlap, si, gi});
          }
        }
      }
    }
    Set<Integer> contentAny = new HashSet<>();
    contentPairs.forEach(p -> contentAny.add(p[1]));
    Set<Integer> fullAny = new HashSet<>();
    fullPairs.forEach(p -> fullAny.add(p[1]));
    return new Matches(greedy(contentPairs), greedy(fullPairs), contentAny, fullAny);
  }

  private static StatementScore article(
      List<GoldRelation> g, List<SystemStatement> s, int unattributed) {
    Matches m = match(g, s);
    int direct = (int) g.stream().filter(GoldRelation::direct).count();
    int directContent =
        (int) m.content().keySet().stream().filter(gi -> g.get(gi).direct()).count();
    int directFull = (int) m.full().keySet().stream().filter(gi -> g.get(gi).direct()).count();
    return new StatementScore(
        1,
        g.size(),
        direct,
        s.size(),
        unattributed,
        m.content().size(),
        m.full().size(),
        directContent,
        directFull,
        m.contentAny().size(),
        m.fullAny().size());
  }

  static boolean speakerMatches(SystemStatement s, GoldRelation g) {
    if (g.unnamedSource()) {
      return s.canonicalText().isEmpty() && !s.unattributed();
    }
    if (s.speaker().isPresent() && s.speaker().get().overlap(g.source()) > 0) {
      return true;
    }
    Set<String> goldWords = new HashSet<>(words(g.sourceText()));
    for (String t : List.of(s.speakerText(), s.canonicalText())) {
      List<String> w = words(t);
      if (!w.isEmpty() && goldWords.contains(w.get(w.size() - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words as the reference scorer sees them: letters and digits, lower case, possessive 's dropped.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", ""));
    }
    return out;
  }

  /**
   * One-to-one assignment: largest overlap first, ties by system then gold order. Gold index to
   * system index.
   */
  private static Map<Integer, Integer> greedy(List<int[]> pairs) {
    pairs.sort(
        Comparator.<int[]>comparingInt(p -> -p[0])
            .thenComparingInt(p -> p[1])
            .thenComparingInt(p -> p[2]));
    Set<Integer> usedS = new HashSet<>();
    Map<Integer, Integer> matched = new HashMap<>();
    for (int[] p : pairs) {
      if (!usedS.contains(p[1]) && !matched.containsKey(p[2])) {
        usedS.add(p[1]);
        matched.put(p[2], p[1]);
      }
    }
    return matched;
  }
}
