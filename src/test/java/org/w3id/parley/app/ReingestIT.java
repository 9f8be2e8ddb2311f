package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * Idempotent re-ingest, replacement of changed articles, and the shapes over every stored graph.
 */
class ReingestIT {
  @TempDir Path dir;

  @Test
  void reingestingTheSeedsChangesNothing() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      IngestReport first = TestStores.ingest(store, TestStores.seeds());
      long quads = store.size();
      IngestReport second = TestStores.ingest(store, TestStores.seeds());
      assertEquals(first.added(), second.unchanged());
      assertEquals(0, second.added() + second.replaced());
      assertEquals(quads, store.size());
    }
  }

  @Test
  void anArticleStoredByAnOlderExtractorIsExtractedAgain() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seedArticle());
      // What an older extractor left: its version, and the fingerprint made with it.
      Article seed = new ArticleReader().read(List.of(TestStores.seedArticle())).articles().get(0);
      String iri = Iris.article(seed.id());
      String old = "parley-extract-000000000000";
      Txn.executeWrite(
          store.dataset(),
          () -> {
            var g = store.dataset().getNamedModel(iri);
            var a = g.getResource(iri);
            a.removeAll(PARLEY.sha256).addProperty(PARLEY.sha256, Fingerprint.of(seed, old));
            a.removeAll(PARLEY.extractor).addProperty(PARLEY.extractor, old);
          });

      IngestReport again = TestStores.ingest(store, TestStores.seedArticle());

      assertEquals(1, again.replaced(), "the older extractor's graph is replaced");
      assertEquals(0, again.unchanged());
      List<String> versions = new java.util.ArrayList<>();
      store.select(
          TestStores.PREFIXES + "SELECT ?v WHERE { ?a a parley:Article ; parley:extractor ?v }",
          row -> versions.add(row.getLiteral("v").getString()));
      assertEquals(List.of(Extractor.VERSION), versions);
    }
  }

  @Test
  void changedTextReplacesTheArticlesFactsWhole() throws Exception {
    Path article = dir.resolve("in/story.txt");
    String seed = Files.readString(TestStores.seedArticle(), StandardCharsets.UTF_8);
    TestStores.write(article, seed.getBytes(StandardCharsets.UTF_8));
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, article);
      assertFalse(aliyevMeetings(store).isEmpty());
      String changed =
          seed.replace(
              "Lavrov said at a meeting with Azerbaijani President Ilham Aliyev on Monday",
              "Lavrov said on Monday");
      Files.writeString(article, changed, StandardCharsets.UTF_8);
      IngestReport r = TestStores.ingest(store, article);
      assertEquals(1, r.replaced());
      assertTrue(aliyevMeetings(store).isEmpty(), "the removed meeting is gone");
      assertEquals(1, store.articleCount());
    }
  }

  private static List<?> aliyevMeetings(ParleyStore store) {
    return TestStores.select(
        store,
        "SELECT ?m WHERE { ?m a parley:Meeting ; parley:participant/rdfs:label \"Ilham Aliyev\" }");
  }

  @Test
  void everyArticleGraphInTheStorePassesTheShapes() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seeds());
      Txn.executeRead(
          store.dataset(),
          () -> {
            List<String> names = new java.util.ArrayList<>();
            store
                .dataset()
                .listModelNames()
                .forEachRemaining(
                    r -> {
                      if (r.getURI().startsWith("https://w3id.org/parley/id/article/")) {
                        names.add(r.getURI());
                      }
                    });
            assertEquals(store.articleCount(), names.size());
            assertTrue(names.size() >= 6);
            for (String g : names) {
              Model m = store.dataset().getNamedModel(g);
              assertEquals(List.of(), ShapesCheck.bundled().problems(m), g);
            }
          });
    }
  }

  @Test
  void aPersonNamedByFullNameInOneArticleIsTheSurnameInTheNext() throws Exception {
    Path first =
        TestStores.write(
            dir.resolve("in/a.txt"),
            "date 2019-12-01\nRussian Foreign Minister Sergei Lavrov arrived in Baku.\n"
                .getBytes(StandardCharsets.UTF_8));
    Path second =
        TestStores.write(
            dir.resolve("in/b.txt"),
            "date 2019-12-05\nLavrov said the talks went well.\n".getBytes(StandardCharsets.UTF_8));
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, first);
      TestStores.ingest(store, second);
      List<?> persons =
          TestStores.select(
              store,
              "SELECT DISTINCT ?p WHERE { ?p a parley:Person ; (rdfs:label|skos:altLabel) ?n FILTER(CONTAINS(?n, \"Lavrov\")) }");
      assertEquals(1, persons.size(), persons.toString());
    }
  }

  @Test
  void aMeetingReportedByTwoArticlesIsOneNodeWithTwoPiecesOfEvidence() throws Exception {
    Path first =
        TestStores.write(
            dir.resolve("in/one.txt"),
            "date 2019-12-03\nRussian Foreign Minister Sergey Lavrov met Azerbaijani President Ilham Aliyev in Baku on Monday.\n"
                .getBytes(StandardCharsets.UTF_8));
    Path second =
        TestStores.write(
            dir.resolve("in/two.txt"),
            "date 2019-12-04\nOn Monday, Aliyev held talks with Lavrov, the Russian foreign minister, in Baku.\n"
                .getBytes(StandardCharsets.UTF_8));
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, first, second);
      List<java.util.Map<String, String>> rows =
          TestStores.select(
              store,
              "SELECT ?m (COUNT(DISTINCT ?e) AS ?n) WHERE { ?m a parley:Meeting ; parley:evidence ?e ;"
                  + " parley:date \"2019-12-02\"^^xsd:date } GROUP BY ?m");
      assertEquals(1, rows.size(), rows.toString());
      assertEquals("2", rows.get(0).get("n"));
    }
  }
}
