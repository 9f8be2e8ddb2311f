package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ParleyStore;

/**
 * Ingest while serving, as {@code parley serve --watch inbox} does it: files dropped into the
 * watched folder are seen over HTTP, through SPARQL and the full-text index, while the server keeps
 * running; the served endpoints stay read-only.
 */
class FolderWatcherIT {
  @TempDir static Path dir;
  static WatchedServer served;

  @BeforeAll
  static void start() throws Exception {
    served = new WatchedServer(dir);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  private static final String ARTICLE_WITH_TEXT =
      "SELECT ?a { ?a a parley:Article ; parley:text ?t FILTER(CONTAINS(?t, '%s')) }";

  private static long articlesWithText(String words) throws Exception {
    return served.count(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article ; parley:text ?t"
            + " FILTER(CONTAINS(?t, '"
            + words
            + "')) }");
  }

  @Test
  void droppedArticleIsServedWithItsFullTextEntriesAndItsPersonsLinked() throws Exception {
    Path sub = Files.createDirectories(served.inbox.resolve("caucasus"));
    Files.copy(TestStores.seedArticle(), sub.resolve("lavrov-in-baku.txt"));

    served.await("the dropped article", () -> articlesWithText("Lavrov visited Baku") == 1);
    List<String> found =
        served.rows(
            "SELECT ?s { ?s text:query (parley:quote '\"military-technical cooperation\"') }");
    assertEquals(2, found.size(), found.toString());
    served.await(
        "the batch's line",
        () ->
            served.report.stream()
                .anyMatch(line -> line.startsWith("watch: 1 file read: 1 added")));
    // As `parley ingest` does after its articles land.
    served.await(
        "Lavrov linked to Wikipedia",
        () ->
            served
                .rows(
                    "SELECT ?w { <https://w3id.org/parley/id/person/sergey-lavrov>"
                        + " parley:wikipedia ?w }")
                .equals(List.of("https://en.wikipedia.org/wiki/Sergey_Lavrov")));
    served.await(
        "the linking's line",
        () ->
            served.report.stream().anyMatch(line -> line.matches("watch: linked [1-9]\\d* of .*")));
  }

  @Test
  void articleInASubfolderHasTheIdAFolderIngestOfTheWatchedFolderGives() throws Exception {
    Path sub = Files.createDirectories(served.inbox.resolve("europe/2021"));
    Files.writeString(
        sub.resolve("summit.txt"),
        "date 2021-03-09\nAngela Merkel met Mark Rutte in The Hague on Tuesday.\n");
    String words = "Merkel met Mark Rutte";
    served.await("the article in a subfolder", () -> articlesWithText(words) == 1);
    List<String> watched = served.rows(ARTICLE_WITH_TEXT.formatted(words));

    try (ParleyStore folder = ParleyStore.open(dir.resolve("folder-ingest"))) {
      TestStores.ingest(folder, served.inbox);
      List<String> ingested = new ArrayList<>();
      TestStores.select(folder, ARTICLE_WITH_TEXT.formatted(words))
          .forEach(row -> ingested.add(row.get("a")));
      assertEquals(ingested, watched, "`parley ingest inbox` and the watcher name it alike");
    }
    assertEquals(List.of(Iris.article("europe/2021/summit")), watched);
  }

  @Test
  void changedArticleReplacesItsGraphWhole() throws Exception {
    Path file = served.inbox.resolve("report.txt");
    Files.writeString(
        file,
        "date 2021-03-02\nFirst draft\n\nAngela Merkel met Emmanuel Macron in Paris on Monday.\n");
    served.await("the first version", () -> articlesWithText("First draft") == 1);

    Files.writeString(
        file,
        "date 2021-03-02\nSecond draft\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.\n");
    served.await("the second version", () -> articlesWithText("Second draft") == 1);
    assertEquals(0, articlesWithText("First draft"), "the first version is gone");
  }

  @Test
  void badFileIsReportedInOneLineNamingItAndTheServerStaysReadOnly() throws Exception {
    Path bad = served.inbox.resolve("bad.txt");
    Files.writeString(bad, "Dec 3 2019\nSomething happened.\n");
    String line = "rejected: " + bad + " line 1: expected 'date YYYY-MM-DD', found 'Dec 3 2019'";
    served.await("the rejection", () -> served.report.contains(line));

    HttpResponse<String> update =
        served.query("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }");
    assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, update.body());
  }
}
