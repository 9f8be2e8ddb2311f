package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.parley.eval.MeetingEval;
import org.w3id.parley.eval.MeetingScore;
import org.w3id.parley.eval.NewsGold;
import org.w3id.parley.eval.NewsGoldScorer;
import org.w3id.parley.eval.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley eval meetings}: meeting extraction against the meetings gold. */
@Command(
    name = "meetings",
    mixinStandardHelpOptions = true,
    description = {
      "Score Meetings against a gold file: news-gold (../shared/eval/news-gold/gold.jsonl, scored with its"
          + " score.py rules), or the eval/meetings format (participants, then date, then status).",
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

  @Mixin EvalOutput output;

  @Option(
      names = "--events",
      paramLabel = "DIR",
      description =
          "Also score the meet events of the RAMS and WikiEvents dev splits in DIR (e.g. ../shared/eval/events),"
              + " on participants only.")
  Path events;

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      description =
          "For a news-gold file: the folder holding the corpora it names (default: ../../corpora from"
              + " the gold file, as in ../shared).")
  Path corpora;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private int newsGold(PrintWriter err, Path out) {
    NewsGold g = NewsGold.load(gold, Optional.ofNullable(corpora));
    MeetingEval eval = new MeetingEval(out);
    NewsGoldScorer.Result r = eval.runNewsGold(g, new ProgressPrinter(err));
    PrintWriter o = spec.commandLine().getOut();
    o.println(r.summary());
    o.println("misses by meeting word:        " + r.missesByCue());
    o.println("misses by participant kinds:   " + r.missesByKinds());
    o.println("false positives by word:       " + r.falsePositivesByCue());
    if (events != null) {
      o.println();
      o.print(Tables.events(eval.runEvents(events, new ProgressPrinter(err))));
    }
    o.println("misses and false positives in " + out.resolve("meetings-misses.txt"));
    o.flush();
    return Main.OK;
  }

  @Override
  public Integer call() {
    output.applyCache();
    PrintWriter err = spec.commandLine().getErr();
    Path out = output.out;
    if (NewsGold.isNewsGold(gold)) {
      return newsGold(err, out);
    }
    MeetingEval.Result r =
        new MeetingEval(out).run(gold, Optional.ofNullable(articles), new ProgressPrinter(err));
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
    o.println();
    o.print(Tables.meetings(r.score()));
    if (events != null) {
      o.println();
      o.print(Tables.events(new MeetingEval(out).runEvents(events, new ProgressPrinter(err))));
    }
    o.println("reports in " + out);
    o.flush();
    return Main.OK;
  }
}
