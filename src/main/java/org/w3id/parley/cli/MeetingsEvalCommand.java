package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.parley.eval.MeetingEval;
import org.w3id.parley.eval.MeetingScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley eval meetings}: meeting extraction against the meetings gold. */
@Command(
    name = "meetings",
    mixinStandardHelpOptions = true,
    description = {
      "Score Meetings against a gold file (format in eval/meetings/README.md): participants (two or more matched"
          + " by name), then date, then status.",
      "Writes meetings.json and meetings-errors.tsv to --out."
    })
final class MeetingsEvalCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      paramLabel = "FILE.jsonl",
      description = "Gold meetings (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("eval/meetings/gold.jsonl");

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "The gold's articles (default: articles/ next to the gold file).")
  Path articles;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target/eval");

  @Option(
      names = "--events",
      paramLabel = "DIR",
      description =
          "Also score the meet events of the RAMS and WikiEvents dev splits in DIR (e.g. ../shared/eval/events),"
              + " on participants only.")
  Path events;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = articles != null ? articles : gold.toAbsolutePath().getParent().resolve("articles");
    MeetingEval.Result r = new MeetingEval(out).run(gold, dir, new ProgressPrinter(err));
    PrintWriter o = spec.commandLine().getOut();
    for (Map.Entry<String, MeetingScore> e : r.perArticle().entrySet()) {
      MeetingScore s = e.getValue();
      o.printf(
          Locale.ROOT,
          "%-70.70s gold %d  system %d  matched %d%n",
          e.getKey(),
          s.gold(),
          s.system(),
          s.fullTp());
    }
    MeetingScore s = r.score();
    o.printf(
        Locale.ROOT,
        "%nmeetings: %d gold, %d extracted, %d articles%n",
        s.gold(),
        s.system(),
        s.articles());
    row(o, "participants", s, s.participantsTp());
    row(o, "participants+date", s, s.datedTp());
    row(o, "participants+date+status", s, s.fullTp());
    if (events != null) {
      MeetingScore e = new MeetingEval(out).runEvents(events, new ProgressPrinter(err));
      o.printf(
          Locale.ROOT,
          "%nRAMS + WikiEvents meet events: %d gold, %d extracted, %d documents%n",
          e.gold(),
          e.system(),
          e.articles());
      row(o, "participants", e, e.participantsTp());
    }
    o.println("reports in " + out);
    o.flush();
    return Main.OK;
  }

  private static void row(PrintWriter o, String label, MeetingScore s, int tp) {
    o.printf(
        Locale.ROOT,
        "%-26s P %.3f  R %.3f  F1 %.3f  (tp %d)%n",
        label,
        s.p(tp),
        s.r(tp),
        s.f1(tp),
        tp);
  }
}
