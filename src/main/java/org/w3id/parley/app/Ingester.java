package org.w3id.parley.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.InputFiles;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.ParleyStore;

/**
 * The ingest use case: read articles, skip the unchanged ones, annotate the rest with CoreNLP (in
 * parallel), extract facts, check them against the shapes, and replace each article's graph in its
 * own transaction. Input streams through with bounded memory ({@link IngestPipeline}); bad input is
 * reported and skipped, everything else lands; a store failure stops the run.
 *
 * <pre>{@code
 * try (ParleyStore store = ParleyStore.open(Path.of("data/tdb2"))) {
 *   IngestReport report = new Ingester(store).ingest(List.of(Path.of("seeds")), IngestListener.NONE);
 * }
 * }</pre>
 */
public final class Ingester {
  private final Destination destination;
  private final ParleyStore store; // null when the destination is a folder
  private final IngestOptions options;
  private final Annotator annotator;
  private final ShapesCheck shapes;

  /** An ingester with the {@link IngestOptions#defaults() default options}. */
  public Ingester(ParleyStore store) {
    this(store, IngestOptions.defaults());
  }

  /** An ingester that annotates on {@code threads} threads. */
  public Ingester(ParleyStore store, int threads) {
    this(store, IngestOptions.defaults().withThreads(threads));
  }

  public Ingester(ParleyStore store, IngestOptions options) {
    this(store, options, Annotator.CORENLP);
  }

  /** For tests that make CoreNLP fail on one article. */
  Ingester(ParleyStore store, IngestOptions options, Annotator annotator) {
    this(store, options, annotator, ShapesCheck.bundled());
  }

  /** For tests that check graphs against other shapes (stricter ones that break some facts). */
  Ingester(ParleyStore store, IngestOptions options, Annotator annotator, ShapesCheck shapes) {
    this(Destination.of(store), store, options, annotator, shapes);
  }

  private Ingester(
      Destination destination,
      ParleyStore store,
      IngestOptions options,
      Annotator annotator,
      ShapesCheck shapes) {
    this.destination = destination;
    this.store = store;
    this.options = options;
    this.annotator = annotator;
    this.shapes = shapes;
  }

  /**
   * An ingester that writes each article's graphs, as extracted and before resolution, to a folder
   * of N-Quads files ({@code parley extract --out}), for {@code parley load} to resolve and load.
   * Articles whose file is there with the same fingerprint are skipped, as the store skips them.
   */
  public static Ingester toFolder(ArticleFolder folder, IngestOptions options) {
    return new Ingester(
        Destination.of(folder), null, options, Annotator.CORENLP, ShapesCheck.bundled());
  }

  /**
   * Ingests every article under the paths (files, or folders walked recursively), reading them as
   * the run goes. An article's id is its file's path below the folder given.
   *
   * @throws org.w3id.parley.ingest.IngestException if a path does not exist
   * @throws org.w3id.parley.store.StoreException if the store fails; the articles stored before are
   *     whole
   */
  public IngestReport ingest(List<Path> paths, IngestListener listener) {
    return ingest(InputFiles.list(paths), listener);
  }

  /**
   * Ingests files already listed, each with the id its {@link InputFiles.File#relative()} path
   * gives: for a caller that lists them itself ({@link FolderWatcher}), so that a file read alone
   * keeps the id a folder ingest gives it.
   *
   * @throws org.w3id.parley.store.StoreException if the store fails
   */
  public IngestReport ingest(InputFiles input, IngestListener listener) {
    ArticleReader reader = new ArticleReader(options.maxArticleChars());
    Optional<Integer> articles = input.articles();
    IngestProgress start =
        new IngestProgress(
            0, 0, 0, articles.map(OptionalInt::of).orElse(OptionalInt.empty()), 0, input.bytes());
    return new IngestPipeline(destination, options, false, listener, annotator, shapes)
        .run(sink -> reader.read(input, sink), start);
  }

  /** Ingests articles already read (for example built by an evaluation from a gold corpus). */
  public IngestReport ingest(ReadResult read, IngestListener listener) {
    return ingest(read, listener, false);
  }

  /**
   * Ingests articles already read; with {@code force}, unchanged articles are extracted again too
   * (after an analyst undid a merge, for example).
   */
  public IngestReport ingest(ReadResult read, IngestListener listener, boolean force) {
    IngestProgress start =
        new IngestProgress(
            0, 0, 0, OptionalInt.of(read.articles().size() + read.rejections().size()), 0, 0);
    return new IngestPipeline(destination, options, force, listener, annotator, shapes)
        .run(
            sink -> {
              read.rejections().forEach(r -> sink.rejected(r, 0));
              read.articles().forEach(a -> sink.article(a, Optional.empty(), 0));
            },
            start);
  }

  /**
   * Compacts the store when a run wrote to it: TDB2 keeps every block a commit replaced, so a store
   * written one article per transaction grows far past its data (19,043 Reuters items: 28 GB
   * before, 735 MB after). Returns the line that says so, or nothing when the run wrote nothing.
   */
  public Optional<String> compactAfter(IngestReport report) {
    if (store == null || report.added() + report.replaced() == 0) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    long[] bytes = store.compact();
    return Optional.of(
        String.format(
            java.util.Locale.ROOT,
            "compacted the store: %.1f MB on disk before, %.1f MB after; %.1f s",
            bytes[0] / 1e6,
            bytes[1] / 1e6,
            (System.nanoTime() - start) / 1e9));
  }
}
