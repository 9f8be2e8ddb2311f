package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.parley.bench.AnchorRun;
import org.w3id.parley.bench.QuoteAnchor;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.ingest.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley bench}: figures that {@code bench/*.sh} put beside Parley's own. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measurements for the benchmarks in bench/ (print figures, assert nothing).",
    subcommands = {BenchCommand.Anchor.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to measure: anchor");
  }

  /**
   * {@code parley bench anchor [--sample N] [--warmup N] PATH...}: prints
   *
   * <pre>
   * items: 100 articles, 33012 tokens
   * anchor: 30 articles, 9876 tokens in 48.2 s after 3 warm-up articles: 0.622 articles/s, 204.9 tokens/s
   * </pre>
   */
  @Command(
      name = "anchor",
      mixinStandardHelpOptions = true,
      description = {
        "Time stock CoreNLP's quote pipeline ("
            + QuoteAnchor.ANNOTATORS
            + "; one thread) over the"
            + " first --sample articles of PATH, after --warmup untimed ones, and count the tokens of"
            + " all of PATH's articles with CoreNLP's tokenizer.",
        "Prints 'items: N articles, T tokens' and 'anchor: N articles, T tokens in S s after W"
            + " warm-up articles: A articles/s, B tokens/s'."
      })
  static final class Anchor implements Callable<Integer> {
    @Option(
        names = "--sample",
        paramLabel = "N",
        description = "Articles to time, the first of PATH (default: ${DEFAULT-VALUE}).")
    int sample = 50;

    @Option(
        names = "--warmup",
        paramLabel = "N",
        description =
            "Articles of the sample annotated once, untimed, before the timed run (default:"
                + " ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Parameters(
        arity = "1..*",
        paramLabel = "PATH",
        description = "Article files or folders, as parley ingest reads them.")
    List<Path> paths;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (sample < 1 || warmup < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--sample must be at least 1 and --warmup at least 0");
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ReadResult read = new ArticleReader().read(paths);
      for (Rejection r : read.rejections()) {
        err.println("rejected: " + r);
      }
      List<Article> all = read.articles();
      if (all.isEmpty()) {
        err.println("parley: no articles in " + paths);
        return Main.FAILURE;
      }
      out.printf(
          Locale.ROOT, "items: %d articles, %d tokens%n", all.size(), QuoteAnchor.tokens(all));
      out.flush();
      List<Article> timed = all.subList(0, Math.min(sample, all.size()));
      err.println("anchor: loading CoreNLP's quote pipeline (" + QuoteAnchor.ANNOTATORS + ") ...");
      err.flush();
      AnchorRun run = new QuoteAnchor().measure(timed, warmup);
      out.printf(
          Locale.ROOT,
          "anchor: %d articles, %d tokens in %.1f s after %d warm-up articles: %.3f articles/s,"
              + " %.1f tokens/s%n",
          run.articles(),
          run.tokens(),
          run.seconds(),
          Math.min(warmup, timed.size()),
          run.articlesPerSecond(),
          run.tokensPerSecond());
      out.flush();
      return read.rejections().isEmpty() ? Main.OK : Main.REJECTED;
    }
  }
}
