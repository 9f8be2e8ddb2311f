package org.w3id.parley.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statement errors, by pattern, for study: each gold relation not found with its speaker goes
 * in a bucket (direct or reported; content not found, found with no speaker at all, found with
 * another speaker), and each attributed statement that matches no gold content is a false positive.
 *
 * <pre>{@code
 * StatementMisses.Result r = StatementMisses.of(gold, statements);
 * r.counts(); // {"direct: content found, another speaker"=12, ...}
 * }</pre>
 */
final class StatementMisses {
  private static final int SHOWN = 160;

  /**
   * The errors.
   *
   * @param counts errors per bucket, sorted by bucket
   * @param lines one tab-separated line per error: bucket, article, gold source, system speaker,
   *     content
   */
  record Result(Map<String, Integer> counts, List<String> lines) {}

  private StatementMisses() {}

  static Result of(List<GoldArticle> gold, List<SystemStatement> statements) {
    Map<String, List<SystemStatement>> attributed = new HashMap<>();
    Map<String, List<SystemStatement>> bare = new HashMap<>();
    for (SystemStatement s : statements) {
      (s.unattributed() ? bare : attributed)
          .computeIfAbsent(s.article(), k -> new ArrayList<>())
          .add(s);
    }
    Map<String, Integer> counts = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (GoldArticle a : gold) {
      List<GoldRelation> g = a.relations();
      List<SystemStatement> s = attributed.getOrDefault(a.id(), List.of());
      StatementScorer.Matches m = StatementScorer.match(g, s);
      StatementScorer.Matches unattributed =
          StatementScorer.match(g, bare.getOrDefault(a.id(), List.of()));
      for (int gi = 0; gi < g.size(); gi++) {
        if (m.full().containsKey(gi)) {
          continue;
        }
        GoldRelation r = g.get(gi);
        String outcome;
        String system = "";
        if (m.content().containsKey(gi)) {
          outcome = "content found, another speaker";
          SystemStatement other = s.get(m.content().get(gi));
          system = other.speakerText() + " | " + other.canonicalText();
        } else if (unattributed.content().containsKey(gi)) {
          outcome = "content found, no speaker";
        } else {
          outcome = "content not found";
        }
        String bucket = (r.direct() ? "direct: " : "reported: ") + outcome;
        add(counts, lines, bucket, a.id(), source(r), system, r.contentText());
      }
      for (int si = 0; si < s.size(); si++) {
        if (!m.contentAny().contains(si)) {
          SystemStatement x = s.get(si);
          String content = x.content().toJavaSubstring(a.text());
          add(
              counts,
              lines,
              "false positive: no gold content",
              a.id(),
              "",
              x.speakerText() + " | " + x.canonicalText(),
              content);
        }
      }
    }
    return new Result(counts, lines);
  }

  private static String source(GoldRelation r) {
    return r.unnamedSource() ? "(unnamed)" : r.sourceText();
  }

  private static void add(
      Map<String, Integer> counts,
      List<String> lines,
      String bucket,
      String article,
      String source,
      String system,
      String content) {
    counts.merge(bucket, 1, Integer::sum);
    String shown = content.length() > SHOWN ? content.substring(0, SHOWN) + "…" : content;
    lines.add(String.join("\t", bucket, article, clean(source), clean(system), clean(shown)));
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
