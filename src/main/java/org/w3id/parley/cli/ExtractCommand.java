package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.parley.app.IngestOptions;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.store.ArticleFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley extract --out DIR PATH...}: extraction without a store. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles to a folder of N-Quads files, one per article (DIR/<id>.nq), without a store:"
          + " the article's graph and merges graph with the article's own person keys, for `parley"
          + " load DIR` to resolve and load. Several machines can extract parts of a corpus into"
          + " one folder (or folders copied together).",
      "Articles whose file is there with the same fingerprint are skipped. Bad input is reported one"
          + " line each and skipped (exit code 2)."
    })
final class ExtractCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write the article files to (created if missing).")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
  List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "CoreNLP threads (default: number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-article-chars",
      paramLabel = "N",
      description = "Reject longer articles before CoreNLP (default: ${DEFAULT-VALUE}).")
  int maxArticleChars = ArticleReader.DEFAULT_MAX_ARTICLE_CHARS;

  @Option(
      names = "--replace",
      description =
          "Let an article replace one of the same id read from another file (default: reject it).")
  boolean replace;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces and debug logging.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.log.org.w3id.parley", "debug");
    }
    if (threads < 1 || maxArticleChars < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads and --max-article-chars must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    ArticleFolder folder = ArticleFolder.open(out);
    IngestReport r =
        Ingester.toFolder(folder, new IngestOptions(threads, maxArticleChars, replace))
            .ingest(paths, new ProgressPrinter(err, "extract"));
    outWriter.println(
        String.format(
            Locale.ROOT,
            "extracted %d articles into %s: %d written, %d unchanged, %d rejected; %d facts left"
                + " out; %.1f s. Next: parley load %s",
            r.processed(),
            folder.location(),
            r.added() + r.replaced(),
            r.unchanged(),
            r.rejectedCount(),
            r.droppedFacts(),
            r.seconds(),
            folder.location()));
    outWriter.flush();
    return r.rejectedCount() == 0 ? Main.OK : Main.REJECTED;
  }
}
