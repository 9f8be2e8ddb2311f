package org.w3id.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids from paths and from JSON, and that every id makes a safe IRI under article/. */
class ArticleIdTest {
  private static final String BASE = "https://w3id.org/parley/id/article/";

  @Test
  void aFilesIdIsItsPathBelowTheFolderWithoutExtension() {
    assertEquals(Optional.of("sub/report"), ArticleId.ofPath(Path.of("sub/report.txt")));
    assertEquals(Optional.of("report"), ArticleId.ofPath(Path.of("report.txt")));
    assertEquals(
        Optional.of("2019/Lavrov-in-Baku-1"),
        ArticleId.ofPath(Path.of("2019/Lavrov in Baku (1).txt")));
    assertEquals(Optional.empty(), ArticleId.ofPath(Path.of("___.txt")));
  }

  @Test
  void jsonIdsKeepLettersOfAnyScriptInOneNormalForm() {
    assertEquals("a-1", ArticleId.ofJson("a 1"));
    assertEquals("Zürich/2019", ArticleId.ofJson("Zürich/2019"));
    assertEquals(
        ArticleId.ofJson("Zu\u0308rich"), ArticleId.ofJson("Z\u00fcrich"), "NFD and NFC: one id");
    assertEquals("新闻-1", ArticleId.ofJson("新闻 1"));
    assertEquals("https/example.org/news/1", ArticleId.ofJson("https://example.org/news/1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "a/./b", "..", "a/.."})
  void dotPartsAreRefused(String raw) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleId.ofJson(raw));
    assertTrue(e.getMessage().contains("part; ids name no folders"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>\"x\"</script>",
        "a b{c}|d^e`f\\g",
        "x\u202Egnp.exe",
        "id\u200Bwith\u200Bzero\u200Bwidth",
        "a?b#c%20d",
        "😀 news",
        "-.leading"
      })
  void anyOtherIdBecomesAValidIdAndASafeIri(String raw) {
    String id = ArticleId.ofJson(raw);
    assertTrue(ArticleId.isValid(id), id);
    IRIx iri = IRIx.create(BASE + id);
    assertTrue(iri.str().startsWith(BASE), iri.str());
    assertTrue(IRIx.create(BASE).resolve(iri).str().startsWith(BASE), "stays under article/");
  }

  @Test
  void anIdGivingNothingOrTooMuchIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ArticleId.ofJson("///"));
    assertThrows(IllegalArgumentException.class, () -> ArticleId.ofJson("😀"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleId.ofJson("x".repeat(201)));
    assertEquals("field 'id' is 201 characters long; at most 200", e.getMessage());
  }
}
