package org.w3id.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.w3id.parley.app.ArticleResolution;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.StoreException;
import scala.Tuple2;

/**
 * The job's second stage, {@code parley load --to} spread over executors: every article file of the
 * folder read for its persons; {@link PersonResolution#unkeyed} run on each block of persons whose
 * surnames share an initial, then {@link PersonResolution#keyed} on each key family; each article's
 * resolved graphs ({@link ArticleResolution}) written to part files. The persons and keys are
 * exactly those of resolving on one machine.
 *
 * <p>The blocking the issue asks for (by surname and country) is here by surname initial ({@link
 * PersonResolution#block}), which is coarser, so that the result is exactly the single-machine one:
 * resolution's own surname blocks join spellings a typo apart ("Zelensky", "Zelenskyy") and decide
 * a surname alone by the roles and countries of every person of its block, so blocks by surname or
 * by country could part persons one machine joins, while no surname block spans two initials.
 *
 * <pre>{@code
 * ResolveStage.Result r = ResolveStage.run(sc, Path.of("/data/out"), Path.of("/data/resolved"), 16);
 * }</pre>
 */
final class ResolveStage {
  /** What reading one file of the folder gave. */
  sealed interface FolderFile extends Serializable {}

  /**
   * A file that is an article's, with the persons its graph describes.
   *
   * @param index the file's place in path order
   */
  record Extracted(int index, String path, String articleId, List<PersonDescription> persons)
      implements FolderFile {
    private static final long serialVersionUID = 1L;

    Extracted {
      persons = List.copyOf(persons);
    }
  }

  /** A file that is not an article's. */
  record Unreadable(Tally.Rejected rejected) implements FolderFile {
    private static final long serialVersionUID = 1L;
  }

  /**
   * What the stage did.
   *
   * @param persons persons after resolution
   * @param articles articles whose resolved graphs were written
   * @param rejected folder files that are not an article's, or a second file of one
   */
  record Result(long persons, long articles, List<Tally.Rejected> rejected) {
    Result {
      rejected = List.copyOf(rejected);
    }
  }

  private ResolveStage() {}

  /**
   * Resolves the articles of the folder {@code extracted} and writes their resolved graphs as
   * N-Quads to {@code resolved}, one {@code part-NNNNN.nq} per partition (those of an earlier run
   * removed first).
   *
   * @throws StoreException if the output folder cannot be written
   */
  static Result run(JavaSparkContext sc, Path extracted, Path resolved, int partitions) {
    List<String> files =
        ArticleFolder.existing(extracted).files().stream()
            .map(f -> f.toAbsolutePath().toString())
            .toList();
    String output = clear(resolved.toAbsolutePath()).toString();
    List<Tuple2<Integer, String>> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(new Tuple2<>(i, files.get(i)));
    }
    int n = Math.max(1, Math.min(partitions, files.size()));
    JavaRDD<FolderFile> read =
        sc.parallelize(indexed, n)
            .map(f -> ResolveTask.read(f._1(), f._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Tally.Rejected> rejected = new ArrayList<>();
    JavaRDD<Extracted> articles = firstFiles(read, n, rejected);
    JavaRDD<PersonResolution.Person> persons = resolve(articles, n);
    long written =
        articles
            .mapToPair(a -> new Tuple2<>(a.articleId(), a.path()))
            .cogroup(persons.flatMapToPair(p -> ResolveTask.byArticle(p).iterator()), n)
            .mapPartitionsWithIndex(
                (part, group) -> ResolveTask.write(part, group, output).iterator(), false)
            .collect()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    long count = persons.count();
    persons.unpersist(false);
    articles.unpersist(false);
    read.unpersist(false);
    rejected.sort(Comparator.comparingInt(Tally.Rejected::file));
    return new Result(count, written, rejected);
  }

  /**
   * The article files kept: the first file of each article id, in path order, as {@code parley
   * load} keeps it; the files not kept, and those that are not an article's, added to {@code
   * rejected}.
   */
  private static JavaRDD<Extracted> firstFiles(
      JavaRDD<FolderFile> read, int n, List<Tally.Rejected> rejected) {
    read.filter(r -> r instanceof Unreadable)
        .map(r -> ((Unreadable) r).rejected())
        .collect()
        .forEach(rejected::add);
    JavaPairRDD<String, Iterable<Extracted>> byId =
        read.filter(r -> r instanceof Extracted)
            .map(r -> (Extracted) r)
            .mapToPair(e -> new Tuple2<>(e.articleId(), e))
            .groupByKey(n);
    rejected.addAll(byId.flatMap(same -> ResolveTask.secondFiles(same._2()).iterator()).collect());
    return byId.map(same -> ResolveTask.first(same._2())).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The persons of all the articles, keyed: unkeyed block by block (the blocking, by surname
   * initial), then keyed key family by key family, as {@link PersonResolution#resolve} does at
   * once. No analysts' undone merges: the job has no store to read them from.
   */
  private static JavaRDD<PersonResolution.Person> resolve(JavaRDD<Extracted> articles, int n) {
    return articles
        .flatMap(a -> a.persons().iterator())
        .mapToPair(d -> new Tuple2<>(PersonResolution.block(d), d))
        .groupByKey(n)
        .flatMap(
            block -> new PersonResolution(Overrides.none()).unkeyed(list(block._2())).iterator())
        .mapToPair(p -> new Tuple2<>(PersonResolution.keyFamily(p.label()), p))
        .groupByKey(n)
        .flatMap(family -> PersonResolution.keyed(list(family._2())).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  static <T> List<T> list(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  /** The output folder, created, without the part files of an earlier run. */
  private static Path clear(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.filter(ResolveTask::isPart).toList()) {
          Files.delete(p);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot prepare it for the resolved graphs: " + e, e);
    }
  }
}
