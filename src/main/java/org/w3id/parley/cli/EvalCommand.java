package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.w3id.parley.eval.NewsGold;
import org.w3id.parley.eval.PolnearGold;
import org.w3id.parley.eval.StatementEval;
import org.w3id.parley.eval.StatementScore;
import org.w3id.parley.eval.StatementScorer;
import org.w3id.parley.eval.SystemTsv;
import org.w3id.parley.eval.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley eval}: extraction quality against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measure extraction quality against gold data (reads corpora outside the repository).",
    subcommands = {EvalCommand.Statements.class, MeetingsEvalCommand.class, TrainCuesCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name what to evaluate: statements or meetings");
  }

  /** {@code parley eval statements --gold DIR}. */
  @Command(
      name = "statements",
      mixinStandardHelpOptions = true,
      description = {
        "Score Statements against a PolNeAR split (brat standoff) or news-gold's gold.jsonl, with"
            + " PolNeAR's reference rules.",
        "Ingests the articles into a temporary store, reads the statements back through SPARQL, and"
            + " writes statements.tsv (the reference scorer's input format), statements.json and"
            + " statements-misses.tsv (each error, by pattern) to --out."
      })
  static final class Statements implements Callable<Integer> {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "DIR",
        description =
            "PolNeAR split (e.g. ../shared/eval/polnear/dev) or news-gold file"
                + " (../shared/eval/news-gold/gold.jsonl)")
    Path gold;

    @Option(
        names = "--corpora",
        paramLabel = "DIR",
        description =
            "For a news-gold file: the folder holding the corpora it names (default: ../../corpora from"
                + " the gold file, as in ../shared).")
    Path corpora;

    @Option(
        names = "--metadata",
        paramLabel = "FILE",
        description =
            "metadata.tsv with publication dates (default: the one next to the split, if present).")
    Path metadata;

    @Mixin EvalOutput output;

    @Option(
        names = "--baseline",
        description =
            "Also score CoreNLP's own quote annotator (coref + quote; slow) and print it beside Parley.")
    boolean baseline;

    @Option(
        names = "--system",
        paramLabel = "FILE.tsv",
        description = "Score this TSV (reference scorer format) instead of running Parley.")
    Path system;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      output.applyCache();
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter o = spec.commandLine().getOut();
      List<String> names = new ArrayList<>();
      List<StatementScore> scores = new ArrayList<>();
      Path out = output.out;
      StatementEval eval = new StatementEval(out);
      boolean newsGold = NewsGold.isNewsGold(gold);
      if (newsGold && (system != null || baseline)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--system and --baseline score a PolNeAR split, not news-gold");
      }
      Map<String, Integer> errors = Map.of();
      if (newsGold) {
        names.add("parley");
        StatementEval.Result r =
            eval.runNewsGold(
                NewsGold.load(gold, Optional.ofNullable(corpora)), new ProgressPrinter(err));
        scores.add(r.score());
        errors = r.errors();
      } else if (system != null) {
        names.add(system.getFileName().toString());
        scores.add(new StatementScorer().score(PolnearGold.load(gold), SystemTsv.read(system)));
      } else {
        names.add("parley");
        StatementEval.Result r =
            eval.run(gold, Optional.ofNullable(metadata), new ProgressPrinter(err));
        scores.add(r.score());
        errors = r.errors();
      }
      if (baseline) {
        err.println("baseline: loading CoreNLP's quote pipeline (coref + quote) ...");
        err.flush();
        names.add("corenlp quote");
        scores.add(
            eval.baseline(
                gold,
                Optional.ofNullable(metadata),
                n -> {
                  if (n % 10 == 0) {
                    err.println("baseline: " + n + " articles");
                    err.flush();
                  }
                }));
      }
      o.print(
          Tables.statements(names.toArray(String[]::new), scores.toArray(StatementScore[]::new)));
      if (!errors.isEmpty()) {
        o.println("errors by pattern (each in " + out.resolve("statements-misses.tsv") + "):");
        new TreeMap<>(errors).forEach((k, v) -> o.printf(Locale.ROOT, "  %5d  %s%n", v, k));
      }
      o.println("reports in " + out);
      o.flush();
      return Main.OK;
    }
  }
}
