package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ParleyException;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/** Merges are data an analyst can list and undo, and an undone merge stays undone. */
class MergeReviewIT {
  @TempDir Path dir;

  private static List<Map<String, String>> merges(ParleyStore store) {
    return TestStores.select(
        store,
        "SELECT ?m ?name ?method ?person WHERE { GRAPH ?g { ?m a parley:Merge ; parley:name ?name ;"
            + " parley:method ?method ; parley:person ?person } }");
  }

  @Test
  void theSeedsMergesAreListedWithTheirRule() throws Exception {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seedArticle());
      List<Map<String, String>> rows = merges(store);
      assertTrue(
          rows.stream()
              .anyMatch(
                  r -> r.get("name").equals("Mntasakanyan") && r.get("method").equals("spelling")));
      assertTrue(
          rows.stream()
              .anyMatch(r -> r.get("name").equals("Lavrov") && r.get("method").equals("surname")));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long listed = new MergeReview(store).list(QueryRunner.Format.CSV, out);
      assertEquals(rows.size(), listed);
      assertTrue(
          out.toString(StandardCharsets.UTF_8)
              .contains("Zohrab Mnatsakanyan,Mntasakanyan,spelling"));
    }
  }

  @Test
  void unmergingSplitsTheNameOffAndLaterIngestsRespectIt() throws Exception {
    Path article =
        TestStores.write(dir.resolve("in/seed.txt"), Files.readAllBytes(TestStores.seedArticle()));
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, article);
      String merge =
          merges(store).stream()
              .filter(r -> r.get("name").equals("Mntasakanyan"))
              .findFirst()
              .orElseThrow()
              .get("m");
      List<String> again = new MergeReview(store).unmerge(merge);
      assertEquals(List.of("seed"), again);
      assertSplit(store);
      // A changed article is extracted again from scratch; the analyst's decision still holds.
      Files.writeString(article, Files.readString(article) + "\nMntasakanyan did not comment.\n");
      assertEquals(1, TestStores.ingest(store, article).replaced());
      assertSplit(store);
    }
  }

  private static void assertSplit(ParleyStore store) {
    List<Map<String, String>> own =
        TestStores.select(
            store, "SELECT ?p WHERE { ?p a parley:Person ; rdfs:label \"Mntasakanyan\" }");
    assertEquals(1, own.size(), "Mntasakanyan is a person of its own");
    assertTrue(
        TestStores.select(
                store,
                "SELECT ?p WHERE { ?p rdfs:label \"Zohrab Mnatsakanyan\" ; skos:altLabel \"Mntasakanyan\" }")
            .isEmpty(),
        "and no longer a name of Zohrab Mnatsakanyan");
    assertFalse(
        TestStores.select(
                store,
                "SELECT ?m WHERE { ?m a parley:Meeting ; parley:participant <"
                    + own.get(0).get("p")
                    + "> }")
            .isEmpty(),
        "with its own facts: the Mntasakanyan-Mammadyarov meeting");
    assertTrue(merges(store).stream().noneMatch(r -> r.get("name").equals("Mntasakanyan")));
  }

  @Test
  void anUnknownMergeIsAClearError() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      ParleyException e =
          assertThrows(ParleyException.class, () -> new MergeReview(store).unmerge("nope/123"));
      assertTrue(e.getMessage().contains("`parley merges` lists them"));
    }
  }
}
