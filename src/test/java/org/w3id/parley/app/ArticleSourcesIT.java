package org.w3id.parley.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ParleyStore;

/**
 * Two files that give one article id across runs: the second is refused unless the analyst says to
 * replace, while the same file edited, or the same article moved, goes on as before.
 */
class ArticleSourcesIT {
  @TempDir Path dir;

  private Path write(String path, String place) throws Exception {
    return TestStores.write(
        dir.resolve(path),
        ("date 2019-12-03\nSergey Lavrov met Ilham Aliyev in " + place + ".\n").getBytes(UTF_8));
  }

  private static IngestReport ingest(ParleyStore store, boolean replace, Path... paths) {
    return new Ingester(store, IngestOptions.defaults().withThreads(1).withReplace(replace))
        .ingest(List.of(paths), IngestListener.NONE);
  }

  private static String text(ParleyStore store) {
    return TestStores.select(store, "SELECT ?t { ?a parley:id 'report' ; parley:text ?t }")
        .get(0)
        .get("t");
  }

  @Test
  void anotherFileWithAnIdInTheStoreIsRefusedUnlessReplacing() throws Exception {
    Path first = write("x/report.txt", "Baku");
    Path second = write("y/report.txt", "Moscow");
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      assertEquals(1, ingest(store, false, first).added());

      IngestReport refused = ingest(store, false, second);
      assertEquals(
          List.of(
              second
                  + ": article id 'report' is already in the store, read from another file; give"
                  + " this article another id, or pass --replace to replace that one"),
          refused.rejected().stream().map(Rejection::toString).toList());
      assertEquals("Sergey Lavrov met Ilham Aliyev in Baku.", text(store));

      assertEquals(1, ingest(store, true, second).replaced());
      assertEquals("Sergey Lavrov met Ilham Aliyev in Moscow.", text(store));
      assertEquals(1, ingest(store, false, second).unchanged(), "now it is that file's article");
      assertEquals(1, ingest(store, false, first).rejectedCount(), "and the first file's is not");
    }
  }

  @Test
  void theSameArticleMovedIsUnchangedAndCanThenBeEditedWhereItIsNow() throws Exception {
    Path old = write("old/report.txt", "Baku");
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      ingest(store, false, old);
      Path moved = Files.move(old.getParent(), dir.resolve("new")).resolve("report.txt");
      assertEquals(1, ingest(store, false, moved).unchanged());
      write("new/report.txt", "Sochi");
      IngestReport edited = ingest(store, false, moved);
      assertEquals(List.of(), edited.rejected());
      assertEquals(1, edited.replaced());
      assertEquals("Sergey Lavrov met Ilham Aliyev in Sochi.", text(store));
    }
  }

  @Test
  void anArticleStoredWithoutASourceIsReplacedAsBefore() throws Exception {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      // Articles handed over in memory (an evaluation, a store from before sources were kept)
      new Ingester(store, 1)
          .ingest(
              new ArticleReader().read(List.of(write("eval/report.txt", "Baku"))),
              IngestListener.NONE);
      IngestReport r = ingest(store, false, write("feed/report.txt", "Minsk"));
      assertEquals(1, r.replaced(), r.rejected().toString());
    }
  }
}
