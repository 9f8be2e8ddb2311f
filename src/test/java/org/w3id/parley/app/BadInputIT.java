package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ParleyStore;

/**
 * Each kind of bad input gives one clear line naming the file (and line), and the good articles
 * still land.
 */
class BadInputIT {
  @TempDir Path dir;

  @Test
  void badInputIsReportedAndGoodArticlesLand() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(TestStores.seedArticle(), in.resolve("good.txt"));
    TestStores.write(in.resolve("empty.txt"), new byte[0]);
    TestStores.write(
        in.resolve("nodate.txt"), "Lavrov met Aliyev.\n".getBytes(StandardCharsets.UTF_8));
    TestStores.write(
        in.resolve("baddate.txt"),
        "date 2019-13-45\nLavrov met Aliyev.\n".getBytes(StandardCharsets.UTF_8));
    TestStores.write(
        in.resolve("latin1.txt"),
        "date 2019-12-03\nL\u00e0 Lavrov met Aliyev.\n".getBytes(StandardCharsets.ISO_8859_1));
    TestStores.write(in.resolve("binary.txt"), new byte[] {'d', 'a', 't', 'e', ' ', 0, 1, 2, 3, 0});
    String jsonl =
        "{\"id\":\"j1\",\"date\":\"2019-12-03\",\"text\":\"Sergey Lavrov met Ilham Aliyev in Baku on Monday.\"}\n"
            + "{\"id\":\"j2\",\"date\":\"2019-12-03\",\"text\": oops\n"
            + "{\"id\":\"j3\",\"text\":\"No date here.\"}\n";
    TestStores.write(in.resolve("feed.jsonl"), jsonl.getBytes(StandardCharsets.UTF_8));
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      IngestReport r = TestStores.ingest(store, in);
      List<String> lines = r.rejected().stream().map(Rejection::toString).toList();
      assertRejected(lines, "empty.txt: empty file");
      assertRejected(
          lines, "nodate.txt line 1: expected 'date YYYY-MM-DD', found 'Lavrov met Aliyev.'");
      assertRejected(lines, "baddate.txt line 1: invalid date '2019-13-45'");
      assertRejected(lines, "latin1.txt: not UTF-8 text");
      assertRejected(lines, "binary.txt: binary content");
      assertRejected(lines, "feed.jsonl line 2: malformed JSON");
      assertRejected(lines, "feed.jsonl line 3: missing field 'date'");
      assertEquals(7, lines.size(), lines.toString());
      assertEquals(2, r.added(), "good.txt and feed.jsonl line 1 land");
      assertEquals(2, store.articleCount());
    }
  }

  private static void assertRejected(List<String> lines, String expected) {
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(expected)),
        "expected a line with '" + expected + "' in " + lines);
  }
}
