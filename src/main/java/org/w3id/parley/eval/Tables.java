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

  /** Meeting scores at the three strictness levels, with the counts they come from. */
  public static String meetings(MeetingScore s) {
    return String.format(
            Locale.ROOT,
            "meetings: %d gold, %d extracted, %d articles%n",
            s.gold(),
            s.system(),
            s.articles())
        + prf("participants", s, s.participantsTp())
        + prf("participants+date", s, s.datedTp())
        + prf("participants+date+status", s, s.fullTp());
  }

  /** Meeting scores on the RAMS and WikiEvents meet events (participants only). */
  public static String events(MeetingScore s) {
    return String.format(
            Locale.ROOT,
            "RAMS + WikiEvents meet events: %d gold, %d extracted, %d documents%n",
            s.gold(),
            s.system(),
            s.articles())
        + prf("participants", s, s.participantsTp());
  }

  private static String prf(String label, MeetingScore s, int tp) {
    return String.format(
        Locale.ROOT,
        "%-26s P %.3f  R %.3f  F1 %.3f  (tp %d)%n",
        label,
        s.p(tp),
        s.r(tp),
        s.f1(tp),
        tp);
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
