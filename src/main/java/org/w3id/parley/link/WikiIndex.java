package org.w3id.parley.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.w3id.parley.nlp.WikiDictSource;

/**
 * A compact, sorted on-disk index of the Wikipedia anchor texts that look like full person names
 * ("Sergey Lavrov"), each with its most likely article and how likely. Built once from CoreNLP's
 * wikidict (about 200 MB compressed) and then searched by binary search in the file, so linking
 * costs neither start-up time nor heap.
 *
 * <pre>{@code
 * try (WikiIndex index = WikiIndex.openOrBuild(cache.resolve("wikipedia-anchors-1.tsv"), System.err::println)) {
 *   Optional<WikiIndex.Entry> e = index.lookup("Sergey Lavrov");
 * }
 * }</pre>
 */
public final class WikiIndex implements AutoCloseable {
  /** Two to four capitalised words: the anchors worth keeping for person names. */
  private static final Pattern FULL_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){1,3}");

  private static final double MIN_PROBABILITY = 0.5;
  private static final int MAX_ANCHOR = 60;
  private static final long PROGRESS_LINES = 5_000_000;

  /**
   * An anchor's most likely article.
   *
   * @param anchor the anchor text
   * @param title the Wikipedia article title (with underscores)
   * @param probability how often the anchor links to it
   */
  public record Entry(String anchor, String title, double probability) {}

  private final RandomAccessFile file;

  private WikiIndex(RandomAccessFile file) {
    this.file = file;
  }

  public static WikiIndex open(Path index) {
    try {
      return new WikiIndex(new RandomAccessFile(index.toFile(), "r"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index at {@code index}, first building it from CoreNLP's bundled wikidict when the
   * file is missing (once; about 15 s). Progress lines go to {@code progress}. Processes that build
   * the same index at the same time each write their own temporary file and move it into place, so
   * the index is either absent or whole, never half-written.
   */
  public static WikiIndex openOrBuild(Path index, Consumer<String> progress) throws IOException {
    if (!Files.exists(index)) {
      progress.accept("link: building the Wikipedia anchor index " + index + " (once) ...");
      long t0 = System.nanoTime();
      int anchors;
      try (InputStream wikidict = WikiDictSource.open()) {
        anchors =
            build(
                wikidict,
                index,
                lines ->
                    progress.accept(
                        String.format(
                            Locale.ROOT,
                            "link: building the Wikipedia anchor index: %,d of about 21 million"
                                + " anchors read",
                            lines)));
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "link: indexed %d names in %.1f s",
              anchors,
              (System.nanoTime() - t0) / 1e9));
    }
    return open(index);
  }

  /**
   * Builds the index from a wikidict stream (uncompressed {@code anchor TAB title TAB probability}
   * lines), keeping for each full-name anchor its most likely title; writes a temporary file and
   * moves it into place.
   *
   * @return the number of anchors kept
   */
  public static int build(InputStream wikidict, Path index) throws IOException {
    return build(wikidict, index, lines -> {});
  }

  /**
   * As {@link #build(InputStream, Path)}, telling {@code linesRead} how far it is every {@value
   * #PROGRESS_LINES} lines.
   */
  public static int build(InputStream wikidict, Path index, LongConsumer linesRead)
      throws IOException {
    List<String> kept = fullNames(wikidict, linesRead);
    // Whole lines in natural order are in anchor order, because the tab after each anchor sorts
    // before every character a name can hold; comparing them needs no substring per comparison.
    java.util.Collections.sort(kept);
    Path folder = Files.createDirectories(index.toAbsolutePath().getParent());
    // A temporary file of this build's own: two builds never write into the same file, and a
    // crash leaves only a *.tmp that no reader opens. (Not Files.createTempFile, whose owner-only
    // permissions would lock others out of a cache folder shared on purpose.)
    Path tmp = folder.resolve(index.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      int anchors = writeBest(kept, tmp);
      Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return anchors;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  // Kept as compact "anchor TAB title TAB p" strings: a few million of them fit in a few hundred
  // megabytes.
  private static List<String> fullNames(InputStream wikidict, LongConsumer linesRead)
      throws IOException {
    List<String> kept = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(wikidict, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long lines = 0;
      while ((line = r.readLine()) != null) {
        if (++lines % PROGRESS_LINES == 0) {
          linesRead.accept(lines);
        }
        int t1 = line.indexOf('\t');
        int t2 = line.lastIndexOf('\t');
        if (t1 <= 0
            || t2 <= t1
            || t1 > MAX_ANCHOR
            // cheap tests first: most of the 21 million anchors are not capitalised word pairs
            || !Character.isUpperCase(line.charAt(0))
            || line.indexOf(' ') > t1
            || line.indexOf(' ') < 0
            || !FULL_NAME.matcher(line.substring(0, t1)).matches()) {
          continue;
        }
        try {
          if (Double.parseDouble(line.substring(t2 + 1)) >= MIN_PROBABILITY) {
            kept.add(line);
          }
        } catch (NumberFormatException e) {
          // not a dictionary line
        }
      }
    }
    return kept;
  }

  /** Writes the most likely line of each anchor of the sorted lines; returns how many. */
  private static int writeBest(List<String> sorted, Path file) throws IOException {
    int anchors = 0;
    try (BufferedWriter w =
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < sorted.size(); ) {
        String anchor = anchorOf(sorted.get(i));
        String best = sorted.get(i);
        int k = i + 1;
        for (; k < sorted.size() && anchorOf(sorted.get(k)).equals(anchor); k++) {
          if (probabilityOf(sorted.get(k)) > probabilityOf(best)) {
            best = sorted.get(k);
          }
        }
        w.write(best);
        w.write('\n');
        anchors++;
        i = k;
      }
    }
    return anchors;
  }

  private static String anchorOf(String line) {
    return line.substring(0, line.indexOf('\t'));
  }

  private static double probabilityOf(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf('\t') + 1));
  }

  /** The entry for exactly this anchor, by binary search over the sorted file. */
  public synchronized Optional<Entry> lookup(String anchor) {
    try {
      long lo = 0;
      long hi = file.length();
      while (lo < hi) {
        long mid = (lo + hi) / 2;
        long start = lineStart(mid);
        String line = readLine(start);
        String key = line.substring(0, line.indexOf('\t'));
        int cmp = key.compareTo(anchor);
        if (cmp == 0) {
          String[] parts = line.split("\t");
          return Optional.of(new Entry(parts[0], parts[1], Double.parseDouble(parts[2])));
        }
        if (cmp < 0) {
          lo = start + line.getBytes(StandardCharsets.UTF_8).length + 1;
        } else {
          hi = start;
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long lineStart(long pos) throws IOException {
    long p = pos;
    while (p > 0) {
      file.seek(p - 1);
      if (file.read() == '\n') {
        return p;
      }
      p--;
    }
    return 0;
  }

  private String readLine(long start) throws IOException {
    file.seek(start);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int b;
    while ((b = file.read()) != -1 && b != '\n') {
      bytes.write(b);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
