package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises of {@code --annotation-cache}: a cached analysis comes back whole, and
 * the key covers the text, the date and the pipeline's settings, so a change to any of them misses
 * instead of reading a stale parse; a damaged entry is a miss, never an error.
 */
class AnnotationCacheIT {
  private static final String TEXT =
      "Lavrov met Aliyev in Baku on Tuesday. He said talks went well.";
  private static final LocalDate DAY = LocalDate.of(2019, 12, 3);
  private static AnnotatedText annotated;

  @TempDir Path dir;

  @BeforeAll
  static void annotate() {
    annotated = NlpPipeline.shared().annotate(TEXT, DAY);
  }

  @Test
  void aCachedAnalysisComesBackWhole() {
    AnnotationCache cache = new AnnotationCache(dir, "settings-a");
    assertEquals(Optional.empty(), cache.get(TEXT, DAY));
    cache.put(TEXT, DAY, annotated);
    assertEquals(Optional.of(annotated), cache.get(TEXT, DAY));
    assertEquals(
        Optional.of(annotated), new AnnotationCache(dir, "settings-a").get(TEXT, DAY), "on disk");
  }

  @Test
  void anotherTextDateOrPipelineMisses() {
    AnnotationCache cache = new AnnotationCache(dir, "settings-a");
    cache.put(TEXT, DAY, annotated);
    assertEquals(Optional.empty(), cache.get(TEXT + " ", DAY), "text");
    assertEquals(Optional.empty(), cache.get(TEXT, DAY.plusDays(1)), "date");
    assertEquals(
        Optional.empty(), new AnnotationCache(dir, "settings-b").get(TEXT, DAY), "pipeline");
    assertEquals(
        Optional.empty(), cache.get(TEXT, DAY, TEXT.replace("Baku", "Riga")), "parsed text");
  }

  @Test
  void aDamagedEntryIsAMiss() throws Exception {
    AnnotationCache cache = new AnnotationCache(dir, "settings-a");
    cache.put(TEXT, DAY, annotated);
    List<Path> entries;
    try (Stream<Path> files = Files.list(dir)) {
      entries = files.toList();
    }
    assertEquals(1, entries.size(), entries.toString());
    Files.write(entries.get(0), new byte[] {31, -117, 8, 0, 1, 2, 3});
    assertEquals(Optional.empty(), cache.get(TEXT, DAY));
    cache.put(TEXT, DAY, annotated);
    assertTrue(cache.get(TEXT, DAY).isPresent(), "written again after the miss");
  }
}
