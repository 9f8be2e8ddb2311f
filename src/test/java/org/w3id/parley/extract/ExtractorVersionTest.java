package org.w3id.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorVersionTest {
  @Test
  void versionOfTheClassPathIsDerivedFromTheCode() {
    assertTrue(Extractor.VERSION.matches("parley-extract-[0-9a-f]{12}"), Extractor.VERSION);
    assertEquals(Extractor.VERSION, ExtractorVersion.current());
  }

  @Test
  void aChangedWordListOrClassGivesANewVersion(@TempDir Path root) throws Exception {
    Path words = root.resolve("org/w3id/parley/extract/meeting/triggers.tsv");
    Path klass = root.resolve("org/w3id/parley/nlp/NlpPipeline.class");
    Files.createDirectories(words.getParent());
    Files.createDirectories(klass.getParent());
    Files.writeString(words, "meet\tverb\tmeet\tin_person\tany\tyes\n");
    Files.write(klass, new byte[] {1, 2, 3});
    String before = ExtractorVersion.of(root);
    assertEquals(before, ExtractorVersion.of(root), "the same files give the same version");

    Files.writeString(
        words, "meet\tverb\tmeet\tin_person\tany\tyes\nconvene\tverb\tmeet\tin_person\tany\tyes\n");
    String afterWords = ExtractorVersion.of(root);
    assertNotEquals(before, afterWords);

    Files.write(klass, new byte[] {1, 2, 4});
    String afterClass = ExtractorVersion.of(root);
    assertNotEquals(afterWords, afterClass);

    Path elsewhere = root.resolve("org/w3id/parley/serve/Page.class");
    Files.createDirectories(elsewhere.getParent());
    Files.write(elsewhere, new byte[] {9});
    assertEquals(
        afterClass,
        ExtractorVersion.of(root),
        "files outside the extraction packages do not count");
  }
}
