package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.parley.eval.StatementEval;
import org.w3id.parley.eval.StatementScore;
import org.w3id.parley.eval.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley eval}: extraction quality against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measure extraction quality against gold data (reads corpora outside the repository).",
    subcommands = {EvalCommand.Statements.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name what to evaluate: statements");
  }

  /** {@code parley eval statements --gold DIR}. */
  @Command(
      name = "statements",
      mixinStandardHelpOptions = true,
      description = {
        "Score Statements against a PolNeAR split (brat standoff), with PolNeAR's reference rules.",
        "Writes statements.tsv (the reference scorer's input) and statements.json to --out."
      })
  static final class Statements implements Callable<Integer> {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "DIR",
        description = "PolNeAR split, e.g. ../shared/eval/polnear/dev")
    Path gold;

    @Option(
        names = "--metadata",
        paramLabel = "FILE",
        description =
            "metadata.tsv with publication dates (default: ../metadata.tsv next to the split, if present).")
    Path metadata;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target/eval");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Optional<Path> meta = Optional.ofNullable(metadata);
      Path guess = gold.toAbsolutePath().getParent().resolve("metadata.tsv");
      if (meta.isEmpty() && guess.toFile().isFile()) {
        meta = Optional.of(guess);
      }
      StatementEval.Result r = new StatementEval(out).run(gold, meta, new ProgressPrinter(err));
      PrintWriter o = spec.commandLine().getOut();
      o.print(Tables.statements(new String[] {"parley"}, new StatementScore[] {r.score()}));
      o.println(
          "reports: " + out.resolve("statements.tsv") + ", " + out.resolve("statements.json"));
      o.flush();
      return Main.OK;
    }
  }
}
