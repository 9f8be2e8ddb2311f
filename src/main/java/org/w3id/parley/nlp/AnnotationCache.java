package org.w3id.parley.nlp;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's analyses kept on disk, one gzipped file per (text, publication date, pipeline
 * settings), so that evaluating a change to the extraction rules re-runs the rules in seconds
 * instead of re-parsing hundreds of articles. A development tool: {@code parley eval
 * --annotation-cache DIR} turns it on; ingest never uses it.
 *
 * <p>The key covers everything the analysis depends on (the text, the date relative times resolve
 * against, the pipeline's properties and the layout of Parley's annotation records), so a changed
 * pipeline misses the cache instead of reading stale parses. Files are written to a temporary name
 * and moved into place, so concurrent writers and interrupted runs leave no torn entries; an entry
 * that cannot be read is treated as a miss.
 *
 * <pre>{@code
 * AnnotationCache cache = new AnnotationCache(Path.of("target/annotations"), "pipeline-key");
 * AnnotatedText a = cache.get(text, date).orElseGet(() -> cache.put(text, date, annotate(text)));
 * }</pre>
 */
public final class AnnotationCache {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);

  /** Bump when the annotation records change shape, so old entries are not read. */
  private static final String LAYOUT = "annotated-text-2";

  private static final ObjectInputFilter ONLY_OUR_RECORDS =
      ObjectInputFilter.Config.createFilter("org.w3id.parley.nlp.*;java.util.*;java.lang.*;!*");

  private final Path dir;
  private final String pipelineKey;

  /**
   * @param dir the folder for cache entries; created when the first entry is written
   * @param pipelineKey what identifies the pipeline's settings (its properties, say)
   */
  public AnnotationCache(Path dir, String pipelineKey) {
    this.dir = dir;
    this.pipelineKey = pipelineKey;
  }

  /** A key for a pipeline's settings: its properties in a stable order. */
  public static String keyOf(java.util.Properties props) {
    return new TreeMap<>(props).toString();
  }

  /** The cached analysis of this text, if any. */
  public Optional<AnnotatedText> get(String text, LocalDate published) {
    return get(text, published, text);
  }

  /**
   * The cached analysis of this text, when CoreNLP is given {@code parsed} in its place (a text
   * prepared for parsing, same length): the key covers what CoreNLP saw.
   */
  public Optional<AnnotatedText> get(String text, LocalDate published, String parsed) {
    Path file = fileFor(text, published, parsed);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(ONLY_OUR_RECORDS);
      AnnotatedText a = (AnnotatedText) objects.readObject();
      return a.text().equals(text) ? Optional.of(a) : Optional.empty();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      LOG.debug("{}: unreadable cache entry, annotating again ({})", file, e.toString());
      return Optional.empty();
    }
  }

  /** Stores an analysis and returns it. A failure to write is logged, never thrown. */
  public AnnotatedText put(String text, LocalDate published, AnnotatedText annotated) {
    return put(text, published, text, annotated);
  }

  /** Stores an analysis of {@code parsed} standing for {@code text} and returns it. */
  public AnnotatedText put(
      String text, LocalDate published, String parsed, AnnotatedText annotated) {
    Path file = fileFor(text, published, parsed);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp));
          ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(annotated);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("{}: cannot write the annotation cache: {}", dir, e.toString());
    }
    return annotated;
  }

  private Path fileFor(String text, LocalDate published, String parsed) {
    String material = LAYOUT + "\n" + pipelineKey + "\n" + published + "\n" + text;
    if (!parsed.equals(text)) {
      material += "\n" + parsed;
    }
    String key = Hashing.sha256().hashString(material, StandardCharsets.UTF_8).toString();
    return dir.resolve(key + ".ser.gz");
  }
}
