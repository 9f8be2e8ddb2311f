package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.ParleyStore;

/**
 * A fact that breaks the shapes is left out with one line, and the rest of its article lands. The
 * seed article is checked against the bundled shapes plus one more rule that its meeting of one
 * body (the OSCE summit) breaks (two participants or more), so real extraction produces exactly one
 * invalid fact.
 */
class FactLeftOutIT {
  private static final String ONLY_HELD =
      """
      PREFIX sh: <http://www.w3.org/ns/shacl#>
      PREFIX parley: <https://w3id.org/parley/ontology#>
      parley:TwoPartiesShape a sh:NodeShape ;
          sh:targetClass parley:Meeting ;
          sh:property [ sh:path parley:participant ; sh:minCount 2 ;
                        sh:message "test rule: two parties or more" ] .
      """;

  @Test
  void aMeetingThatBreaksTheShapesIsLeftOutAndTheArticleLands(@TempDir Path dir) throws Exception {
    ShapesCheck stricter;
    try (InputStream bundled =
            ShapesCheck.class.getResourceAsStream("/org/w3id/parley/ontology/shapes.ttl");
        InputStream extra = new ByteArrayInputStream(ONLY_HELD.getBytes(StandardCharsets.UTF_8))) {
      stricter =
          ShapesCheck.parse(
              new java.io.SequenceInputStream(
                  new ByteArrayInputStream(bundled.readAllBytes()), extra));
    }
    List<String> heard = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void factDropped(String source, String fact, String reason) {
            heard.add(source + " | " + fact + " | " + reason);
          }
        };
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      IngestReport r =
          new Ingester(store, IngestOptions.defaults(), Annotator.CORENLP, stricter)
              .ingest(List.of(TestStores.seedArticle()), listener);
      assertEquals(1, r.added(), "the article lands");
      assertEquals(0, r.rejectedCount());
      assertEquals(1, r.droppedFacts(), heard.toString());
      assertEquals(1, heard.size());
      assertTrue(heard.get(0).contains("/meeting/"), heard.get(0));
      assertTrue(heard.get(0).contains("two parties or more"), heard.get(0));

      List<String> meetings = new ArrayList<>();
      store.select(
          TestStores.PREFIXES
              + "SELECT ?m (COUNT(?p) AS ?n) WHERE { ?m a parley:Meeting ; parley:participant ?p }"
              + " GROUP BY ?m",
          row -> meetings.add(row.getLiteral("n").getLexicalForm()));
      assertEquals(List.of("2", "2", "2"), meetings, "the meetings between persons land");
      int[] statements = {0};
      store.select(
          TestStores.PREFIXES + "SELECT ?s WHERE { ?s a parley:Statement }",
          row -> statements[0]++);
      assertTrue(statements[0] > 5, "the statements land: " + statements[0]);
    }
  }
}
