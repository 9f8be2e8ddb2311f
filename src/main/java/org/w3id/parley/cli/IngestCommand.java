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
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest PATH...}: adds or replaces articles in the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest articles from files or folders (recursive): .txt with 'date YYYY-MM-DD' on line 1, or .jsonl with"
          + " id, date, text and optional title, url.",
      "Unchanged articles are skipped; changed ones are replaced whole. Bad input is reported one line each and"
          + " skipped (exit code 2); everything else lands. A store failure stops the run (exit code 1).",
      "An article's id is its file's path below the folder given (sub/report.txt: sub/report), or the JSON id.",
      "Then persons are linked to English Wikipedia offline, as `parley link --wikipedia` does (--no-link"
          + " skips it)."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Mixin LinkOptions link;

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
      description =
          "Reject longer articles before CoreNLP, whose time and memory grow faster than the text"
              + " (default: ${DEFAULT-VALUE}).")
  int maxArticleChars = ArticleReader.DEFAULT_MAX_ARTICLE_CHARS;

  @Option(
      names = "--replace",
      description =
          "Let an article replace one of the same id read from another file (default: reject it).")
  boolean replace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (threads < 1 || maxArticleChars < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads and --max-article-chars must be at least 1");
    }
    try (ParleyStore store = ParleyStore.open(options.store())) {
      IngestOptions o = new IngestOptions(threads, maxArticleChars, replace);
      Ingester ingester = new Ingester(store, o);
      IngestReport r = ingester.ingest(paths, new ProgressPrinter(err));
      out.println(summary(r, store.location()));
      link.linkAfterIngest(store, err).ifPresent(out::println);
      ingester.compactAfter(r).ifPresent(out::println);
      out.flush();
      return r.rejectedCount() == 0 ? Main.OK : Main.REJECTED;
    }
  }

  static String summary(IngestReport r, Path store) {
    return String.format(
        Locale.ROOT,
        "ingested %d articles into %s: %d added, %d replaced, %d unchanged, %d rejected; %d quads;"
            + " %d facts left out; %.1f s",
        r.processed(),
        store,
        r.added(),
        r.replaced(),
        r.unchanged(),
        r.rejectedCount(),
        r.quads(),
        r.droppedFacts(),
        r.seconds());
  }
}
