package org.w3id.parley.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.w3id.parley.ingest.InputFiles;

/**
 * The input files dealt into bins of about equal size, one bin per Spark partition: the largest
 * file first, each into the bin that holds the fewest bytes so far, so that one large JSON Lines
 * file does not leave the other executors idle at the end. A file is read whole by one task (a JSON
 * Lines file is not split).
 *
 * <pre>{@code
 * List<List<InputBins.Source>> bins = InputBins.of(InputFiles.list(paths), 8);
 * sc.parallelize(bins, bins.size());   // one bin a partition
 * }</pre>
 */
final class InputBins {
  /**
   * One listed file, as the driver hands it to an executor.
   *
   * @param index its place in the listing, which is the order {@code parley extract} reads in
   * @param path where to read it (a file system every executor sees)
   * @param relative its path below the folder given: its article id
   * @param size its size when listed, in bytes
   */
  record Source(int index, String path, String relative, long size) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The file as {@link org.w3id.parley.ingest.ArticleReader} reads it. */
    InputFiles.File file() {
      return new InputFiles.File(Path.of(path), Path.of(relative), size);
    }
  }

  private InputBins() {}

  /** The files in at most {@code n} non-empty bins, each bin in listing order. */
  static List<List<Source>> of(InputFiles input, int n) {
    List<Source> sources = new ArrayList<>();
    List<InputFiles.File> files = input.files();
    for (int i = 0; i < files.size(); i++) {
      InputFiles.File f = files.get(i);
      sources.add(new Source(i, f.path().toString(), f.relative().toString(), f.size()));
    }
    sources.sort(Comparator.comparingLong(Source::size).reversed().thenComparing(Source::index));
    int bins = Math.max(1, Math.min(n, sources.size()));
    PriorityQueue<Bin> lightest =
        new PriorityQueue<>(Comparator.comparingLong(Bin::bytes).thenComparing(Bin::number));
    for (int i = 0; i < bins; i++) {
      lightest.add(new Bin(i));
    }
    for (Source s : sources) {
      Bin b = lightest.poll();
      b.add(s);
      lightest.add(b);
    }
    List<List<Source>> out = new ArrayList<>();
    lightest.stream()
        .sorted(Comparator.comparing(Bin::number))
        .filter(b -> !b.sources.isEmpty())
        .forEach(b -> out.add(b.inOrder()));
    return out;
  }

  private static final class Bin {
    private final int number;
    private final List<Source> sources = new ArrayList<>();
    private long bytes;

    Bin(int number) {
      this.number = number;
    }

    int number() {
      return number;
    }

    long bytes() {
      return bytes;
    }

    void add(Source s) {
      sources.add(s);
      bytes += Math.max(1, s.size()); // an empty file is still a file to read
    }

    List<Source> inOrder() {
      List<Source> sorted = new ArrayList<>(sources);
      sorted.sort(Comparator.comparingInt(Source::index));
      return List.copyOf(sorted);
    }
  }
}
