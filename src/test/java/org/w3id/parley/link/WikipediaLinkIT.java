package org.w3id.parley.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/** Offline Wikipedia linking: the anchor index, and links only for unambiguous full names. */
class WikipediaLinkIT {
  /** A few lines in wikidict's format: anchor, title, how often the anchor links to the title. */
  private static final String WIKIDICT =
      String.join(
          "\n",
          "Ilham Aliyev\tIlham_Aliyev\t1.0",
          "Aliyev\tHeydar_Aliyev\t0.7",
          "Sergey Lavrov\tSergey_Lavrov\t0.99",
          "Sergey Lavrov\tRussian_Foreign_Ministry\t0.01",
          "Elmar Mammadyarov\tElmar_Mammadyarov\t0.6",
          "Zohrab Mnatsakanyan\tArmenia–Azerbaijan_relations\t0.95",
          "the minister\tMinister\t0.9",
          "Ábel Zsolt\tÁbel_Zsolt\t1.0",
          "");

  @TempDir Path dir;

  private Path index() throws Exception {
    Path file = dir.resolve("wikidict-index.tsv");
    int anchors =
        WikiIndex.build(new ByteArrayInputStream(WIKIDICT.getBytes(StandardCharsets.UTF_8)), file);
    assertEquals(
        5,
        anchors,
        "full-name anchors with a likely article; 'Aliyev' and 'the minister' are not names");
    return file;
  }

  @Test
  void theIndexFindsEachNameByBinarySearch() throws Exception {
    try (WikiIndex idx = WikiIndex.open(index())) {
      assertEquals(
          "Sergey_Lavrov",
          idx.lookup("Sergey Lavrov").orElseThrow().title(),
          "the most likely title");
      assertEquals("Ábel_Zsolt", idx.lookup("Ábel Zsolt").orElseThrow().title());
      assertEquals("Ilham_Aliyev", idx.lookup("Ilham Aliyev").orElseThrow().title());
      assertEquals(Optional.empty(), idx.lookup("Aliyev"));
      assertEquals(Optional.empty(), idx.lookup("Heydar Aliyev"));
      assertEquals(Optional.empty(), idx.lookup("Zzz Zzz"));
    }
  }

  @Test
  void openOrBuildBuildsFromTheBundledWikidictOnceThenOpens() throws Exception {
    Path file = dir.resolve("built-index.tsv");
    List<String> progress = new java.util.ArrayList<>();
    try (WikiIndex idx = WikiIndex.openOrBuild(file, progress::add)) {
      assertEquals("Sergey_Lavrov", idx.lookup("Sergey Lavrov").orElseThrow().title());
    }
    int lines = progress.size();
    assertTrue(progress.get(0).startsWith("link: building the Wikipedia anchor index "));
    assertTrue(
        progress.get(1).contains(" anchors read"), "a progress line while it builds: " + progress);
    assertTrue(progress.get(lines - 1).startsWith("link: indexed "), progress.toString());
    try (WikiIndex idx = WikiIndex.openOrBuild(file, progress::add)) {
      assertTrue(idx.lookup("Sergey Lavrov").isPresent());
    }
    assertEquals(lines, progress.size(), "the second open does not rebuild: " + progress);
  }

  @Test
  void buildsAtTheSameTimeLeaveOneWholeIndexAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("cache/wikidict-index.tsv");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> builds = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        builds.add(
            pool.submit(
                () ->
                    WikiIndex.build(
                        new ByteArrayInputStream(WIKIDICT.getBytes(StandardCharsets.UTF_8)),
                        file)));
      }
      for (Future<Integer> b : builds) {
        assertEquals(5, b.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(5, Files.readAllLines(file).size());
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "only the index, no *.tmp");
    }
  }

  @Test
  void aBuildThatFailsHalfwayLeavesNoIndex() throws Exception {
    Path file = dir.resolve("cache/wikidict-index.tsv");
    Files.createDirectories(file.getParent());
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream(WIKIDICT.getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk gone");
              }
            });
    assertThrows(IOException.class, () -> WikiIndex.build(broken, file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(), files.toList(), "neither an index nor a temporary file");
    }
  }

  @Test
  void onlyUnambiguousFullNamesAreLinked() throws Exception {
    Path file = index();
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"));
        WikiIndex idx = WikiIndex.open(file)) {
      TestStores.ingest(store, TestStores.seedArticle());
      WikipediaLinker.Report r = new WikipediaLinker(store, idx).link();
      List<Map<String, String>> links =
          TestStores.select(
              store, "SELECT ?label ?w WHERE { ?p parley:wikipedia ?w ; rdfs:label ?label }");
      assertTrue(
          links.contains(
              Map.of(
                  "label", "Sergey Lavrov", "w", "https://en.wikipedia.org/wiki/Sergey_Lavrov")));
      assertTrue(
          links.contains(
              Map.of("label", "Ilham Aliyev", "w", "https://en.wikipedia.org/wiki/Ilham_Aliyev")));
      assertEquals(
          2,
          links.size(),
          "Mammadyarov's anchor is too uncertain; Mnatsakanyan's title lacks his name: " + links);
      assertEquals(2, r.linked());
      assertEquals(
          2,
          new WikipediaLinker(store, idx).link().considered(),
          "linked persons are not looked up again");
    }
  }
}
