package org.w3id.parley.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.w3id.parley.ParleyException;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley extract --out} and, if asked, {@code parley load --to} as one Spark job, for a
 * corpus one machine takes too long over: the articles under the inputs extracted into OUT_DIR, one
 * N-Quads file per article byte for byte as {@code extract} writes it ({@link ExtractStage}), then
 * the persons of every file in OUT_DIR resolved and each article's resolved graphs written to part
 * files ({@link ResolveStage}), the graph {@code load} gives. Paths are read and written with plain
 * file I/O: inputs and folders must lie on a file system every executor sees at the same path (a
 * local disk for {@code local[N]}, a shared mount on a cluster).
 *
 * <pre>
 * spark-submit --class org.w3id.parley.spark.SparkExtract --jars ... target/parley.jar \
 *     [--partitions N] [--resolved DIR] [--max-article-chars N] INPUT... OUT_DIR
 * </pre>
 *
 * <pre>{@code
 * SparkExtract.Report r = SparkExtract.run(sc, new SparkExtract.Options(
 *     List.of(Path.of("in")), Path.of("out"), Optional.of(Path.of("resolved")), 8, 1_000_000));
 * }</pre>
 *
 * Exit codes as {@code parley}'s: 0, 1 on a failure, 2 if any input was rejected.
 */
@Command(
    name = "SparkExtract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles into OUT_DIR/<id>.nq with Spark, as `parley extract --out OUT_DIR` does;"
          + " with --resolved, also resolve every article of OUT_DIR as `parley load --to` does.",
      "Inputs and OUT_DIR must be on a file system every executor sees at the same path."
    })
public final class SparkExtract implements Callable<Integer> {
  /**
   * What the job is to do.
   *
   * @param inputs article files and folders
   * @param out the folder of article files
   * @param resolved where to write the resolved graphs, if at all
   * @param partitions partitions of each stage
   * @param maxArticleChars as {@code extract --max-article-chars}
   */
  public record Options(
      List<Path> inputs, Path out, Optional<Path> resolved, int partitions, int maxArticleChars) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no inputs");
      }
      if (partitions < 1 || maxArticleChars < 1) {
        throw new IllegalArgumentException(
            "partitions and maxArticleChars must be at least 1: "
                + partitions
                + ", "
                + maxArticleChars);
      }
    }
  }

  /**
   * What the job did.
   *
   * @param written articles whose file was written
   * @param unchanged articles whose file was there with the same fingerprint
   * @param rejected inputs (and, when resolving, folder files) rejected, in input order
   * @param dropped facts left out because they broke the shapes
   * @param persons persons after resolution; -1 if the job did not resolve
   * @param resolvedArticles articles whose resolved graphs were written
   * @param extractSeconds wall-clock time of the extraction stage (listing and reading included)
   * @param seconds wall-clock time of the job
   */
  public record Report(
      int written,
      int unchanged,
      List<Rejection> rejected,
      int dropped,
      long persons,
      long resolvedArticles,
      double extractSeconds,
      double seconds) {
    public Report {
      rejected = List.copyOf(rejected);
    }
  }

  @Parameters(
      arity = "2..*",
      paramLabel = "INPUT... OUT_DIR",
      description = "Article files or folders, then the folder to write the article files to.")
  List<Path> paths;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of each stage (default: 4 x Spark's default parallelism).")
  Integer partitions;

  @Option(
      names = "--resolved",
      paramLabel = "DIR",
      description =
          "Also resolve OUT_DIR's articles and write their graphs to DIR/part-NNNNN.nq"
              + " (earlier part files there are removed).")
  Path resolved;

  @Option(
      names = "--max-article-chars",
      paramLabel = "N",
      description = "Reject longer articles before CoreNLP (default: ${DEFAULT-VALUE}).")
  int maxArticleChars = ArticleReader.DEFAULT_MAX_ARTICLE_CHARS;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkExtract()).execute(args));
  }

  /** Runs the job on {@code sc}. */
  public static Report run(JavaSparkContext sc, Options o) {
    long began = System.nanoTime();
    Tally t = ExtractStage.run(sc, o.inputs(), o.out(), o.partitions(), o.maxArticleChars());
    double extractSeconds = (System.nanoTime() - began) / 1e9;
    List<Rejection> rejected = new ArrayList<>();
    t.rejected().forEach(r -> rejected.add(r.rejection()));
    long persons = -1;
    long articles = 0;
    if (o.resolved().isPresent()) {
      ResolveStage.Result r = ResolveStage.run(sc, o.out(), o.resolved().get(), o.partitions());
      persons = r.persons();
      articles = r.articles();
      r.rejected().forEach(f -> rejected.add(f.rejection()));
    }
    return new Report(
        t.written(),
        t.unchanged(),
        rejected,
        t.dropped(),
        persons,
        articles,
        extractSeconds,
        (System.nanoTime() - began) / 1e9);
  }

  @Override
  public Integer call() {
    if (maxArticleChars < 1 || (partitions != null && partitions < 1)) {
      System.err.println("SparkExtract: --partitions and --max-article-chars must be at least 1");
      return 1;
    }
    List<Path> inputs = paths.subList(0, paths.size() - 1);
    Path out = paths.get(paths.size() - 1);
    try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("parley-extract"))) {
      int n = partitions != null ? partitions : 4 * sc.defaultParallelism();
      Report r =
          run(sc, new Options(inputs, out, Optional.ofNullable(resolved), n, maxArticleChars));
      print(r, out, System.out, System.err);
      return r.rejected().isEmpty() ? 0 : 2;
    } catch (ParleyException e) {
      System.err.println("SparkExtract: " + e.getMessage());
      return 1;
    }
  }

  private void print(Report r, Path out, PrintStream stdout, PrintStream stderr) {
    r.rejected().forEach(stderr::println);
    stdout.println(
        String.format(
            Locale.ROOT,
            "extracted into %s: %d written, %d unchanged, %d rejected; %d facts left out; %.1f s"
                + " (%.2f articles/s)",
            out,
            r.written(),
            r.unchanged(),
            r.rejected().size(),
            r.dropped(),
            r.extractSeconds(),
            r.extractSeconds() > 0 ? (r.written() + r.unchanged()) / r.extractSeconds() : 0));
    if (resolved != null) {
      stdout.println(
          String.format(
              Locale.ROOT,
              "resolved %d articles into %d persons: %s/part-*.nq; %.1f s",
              r.resolvedArticles(),
              r.persons(),
              resolved,
              r.seconds() - r.extractSeconds()));
    }
  }
}
