package org.w3id.parley.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.w3id.parley.ingest.InputFiles;
import scala.Tuple2;

/**
 * The job's first stage, {@code parley extract --out} spread over executors: the driver lists the
 * input files and deals them into partitions ({@link InputBins}); a first pass reads them (no NLP)
 * to find ids read from more than one file, which {@code extract} rejects after their first read,
 * so that two tasks never write one article's file; then each task extracts its files' articles
 * into the folder, each article's file written whole ({@link ExtractTask}).
 *
 * <pre>{@code
 * Tally t = ExtractStage.run(sc, List.of(Path.of("/data/in")), Path.of("/data/out"), 16, 1_000_000);
 * }</pre>
 */
final class ExtractStage {
  private ExtractStage() {}

  /**
   * Extracts the articles under {@code inputs} into {@code out}.
   *
   * @param inputs files and folders, on a file system every executor sees at the same path
   * @throws org.w3id.parley.ingest.IngestException if an input does not exist
   */
  static Tally run(
      JavaSparkContext sc, List<Path> inputs, Path out, int partitions, int maxArticleChars) {
    InputFiles listed = InputFiles.list(inputs.stream().map(Path::toAbsolutePath).toList());
    Tally listing =
        new Tally(
            0,
            0,
            0,
            listed.rejections().stream()
                .map(r -> new Tally.Rejected(-1, 0, r.source(), r.message()))
                .toList());
    if (listed.files().isEmpty()) {
      return listing;
    }
    List<List<InputBins.Source>> bins = InputBins.of(listed, partitions);
    JavaRDD<List<InputBins.Source>> files = sc.parallelize(bins, bins.size());
    Map<ExtractTask.Spot, Tally.Rejected> duplicates = new HashMap<>();
    files
        .flatMap(bin -> ExtractTask.reads(bin, maxArticleChars).iterator())
        .mapToPair(r -> new Tuple2<>(r.id(), r))
        .groupByKey(bins.size())
        .flatMap(sameId -> ExtractTask.duplicates(sameId._2()).iterator())
        .collect()
        .forEach(d -> duplicates.put(new ExtractTask.Spot(d.file(), d.position()), d));
    Broadcast<Map<ExtractTask.Spot, Tally.Rejected>> refused = sc.broadcast(duplicates);
    String folder = out.toAbsolutePath().toString();
    return files
        .map(bin -> ExtractTask.extract(bin, folder, maxArticleChars, refused.value()))
        .collect()
        .stream()
        .reduce(listing, Tally::plus);
  }
}
