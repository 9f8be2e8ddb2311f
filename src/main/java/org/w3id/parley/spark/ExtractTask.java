package org.w3id.parley.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.w3id.parley.app.ArticleExtraction;
import org.w3id.parley.app.IngestOptions;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ArticleSink;
import org.w3id.parley.ingest.InputFiles;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ArticleFolder;

/**
 * What an executor does with its bin of input files: each file read as {@code parley extract} reads
 * it ({@link ArticleReader}), and each article either only noted (the first pass, which finds ids
 * read from more than one file) or extracted into the output folder ({@link
 * ArticleExtraction#toFolder}, CoreNLP's pipeline shared by the executor's tasks).
 *
 * <pre>{@code
 * List<ExtractTask.Read> reads = ExtractTask.reads(bin, maxChars);
 * Tally t = ExtractTask.extract(bin, out, maxChars, duplicates);
 * }</pre>
 */
final class ExtractTask {
  /**
   * Where an article was read.
   *
   * @param spot its file and position
   * @param source its file (and line), as messages name it
   */
  record Read(String id, Spot spot, String source) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A file's index in the listing and input bytes into it: an article's place in input order. */
  record Spot(int file, long position) implements Serializable, Comparable<Spot> {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(Spot o) {
      return Comparator.comparingInt(Spot::file).thenComparingLong(Spot::position).compare(this, o);
    }
  }

  /** One extraction per executor JVM, as CoreNLP's pipeline is. */
  private static final class Shared {
    static final ArticleExtraction EXTRACTION = new ArticleExtraction();
  }

  private ExtractTask() {}

  /** Every article of the bin's files, where it was read; rejected inputs are left out. */
  static List<Read> reads(List<InputBins.Source> bin, int maxArticleChars) {
    List<Read> reads = new ArrayList<>();
    for (InputBins.Source s : bin) {
      read(
          s,
          maxArticleChars,
          (a, origin, spot) -> reads.add(new Read(a.id(), spot, a.source())),
          (r, spot) -> {});
    }
    return reads;
  }

  /**
   * The later reads of an id read from several files, each with the rejection {@code parley
   * extract} gives it (the reader itself rejects an id read twice in one file).
   */
  static List<Tally.Rejected> duplicates(Iterable<Read> sameId) {
    List<Read> reads = new ArrayList<>();
    sameId.forEach(reads::add);
    reads.sort(Comparator.comparing(Read::spot));
    List<Tally.Rejected> out = new ArrayList<>();
    Read first = reads.get(0);
    for (Read later : reads.subList(1, reads.size())) {
      out.add(
          new Tally.Rejected(
              later.spot().file(),
              later.spot().position(),
              later.source(),
              "duplicate article id '"
                  + later.id()
                  + "' (first read from "
                  + first.source()
                  + ")"));
    }
    return out;
  }

  /**
   * Extracts the bin's articles into {@code out}, but not those at a spot in {@code duplicates},
   * which are rejected.
   *
   * @throws org.w3id.parley.store.StoreException if the folder cannot be written: the task fails
   */
  static Tally extract(
      List<InputBins.Source> bin,
      String out,
      int maxArticleChars,
      Map<Spot, Tally.Rejected> duplicates) {
    ArticleFolder folder = ArticleFolder.open(Path.of(out));
    IngestOptions options = IngestOptions.defaults().withMaxArticleChars(maxArticleChars);
    int[] counts = new int[3];
    List<Tally.Rejected> rejected = new ArrayList<>();
    for (InputBins.Source s : bin) {
      read(
          s,
          maxArticleChars,
          (a, origin, spot) -> {
            Tally.Rejected duplicate = duplicates.get(spot);
            if (duplicate != null) {
              rejected.add(duplicate);
              return;
            }
            ArticleExtraction.Written w = Shared.EXTRACTION.toFolder(folder, a, origin, options);
            if (w.rejected().isPresent()) {
              rejected.add(
                  new Tally.Rejected(spot.file(), spot.position(), a.source(), w.rejected().get()));
            } else {
              counts[w.written() ? 0 : 1]++;
              counts[2] += w.dropped().size();
            }
          },
          (r, spot) ->
              rejected.add(
                  new Tally.Rejected(spot.file(), spot.position(), r.source(), r.message())));
    }
    return new Tally(counts[0], counts[1], counts[2], rejected);
  }

  /** Hears of each article read, with the origin the reader gives it. */
  private interface OnArticle {
    void accept(Article a, Optional<String> origin, Spot spot);
  }

  private static void read(
      InputBins.Source s,
      int maxArticleChars,
      OnArticle article,
      BiConsumer<Rejection, Spot> rejected) {
    new ArticleReader(maxArticleChars)
        .read(
            new InputFiles(List.of(s.file()), List.of()),
            new ArticleSink() {
              @Override
              public void article(Article a, Optional<String> origin, long position) {
                article.accept(a, origin, new Spot(s.index(), position));
              }

              @Override
              public void rejected(Rejection r, long position) {
                rejected.accept(r, new Spot(s.index(), position));
              }
            });
  }
}
