package org.w3id.parley.eval;

import java.util.Locale;

/** Plain-text tables of evaluation results, for the terminal and the README. */
public final class Tables {
  private Tables() {}

  /** Statement scores, one column per system (e.g. Parley and a baseline). */
  public static String statements(String[] names, StatementScore[] scores) {
    StringBuilder sb = new StringBuilder();
    row(sb, "", names);
    row(sb, "gold relations (direct)", map(scores, s -> s.gold() + " (" + s.goldDirect() + ")"));
    row(sb, "statements with speaker", map(scores, s -> Integer.toString(s.system())));
    row(
        sb,
        "statements without speaker",
        map(scores, s -> s.unattributed() + " (" + pct(s.unattributedShare()) + ")"));
    row(
        sb,
        "content only    P / R / F1",
        map(scores, s -> prf(s.contentP(), s.contentR(), s.contentF1())));
    row(sb, "content+speaker P / R / F1", map(scores, s -> prf(s.fullP(), s.fullR(), s.fullF1())));
    row(
        sb,
        "direct quotes recall (full)",
        map(
            scores,
            s -> f(s.directFullR()) + " (" + s.directFullTp() + "/" + s.goldDirect() + ")"));
    row(sb, "speaker right given content", map(scores, s -> f(s.speakerAccuracyGivenContent())));
    return sb.toString();
  }

  private interface Cell {
    String of(StatementScore s);
  }

  private static String[] map(StatementScore[] scores, Cell cell) {
    String[] out = new String[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = cell.of(scores[i]);
    }
    return out;
  }

  private static void row(StringBuilder sb, String label, String[] cells) {
    sb.append(String.format(Locale.ROOT, "%-30s", label));
    for (String c : cells) {
      sb.append(String.format(Locale.ROOT, "  %-22s", c));
    }
    sb.append('\n');
  }

  static String prf(double p, double r, double f1) {
    return f(p) + " / " + f(r) + " / " + f(f1);
  }

  static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
