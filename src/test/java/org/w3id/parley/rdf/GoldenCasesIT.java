package org.w3id.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.FactSentences;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.nlp.NlpPipeline;

/**
 * Golden files for the whole mapping: each {@code src/test/resources/cases/NAME/article.txt} goes
 * through CoreNLP, extraction and the RDF mapping, and must give a graph isomorphic to {@code
 * expected.ttl}. On a difference the actual graph is written to {@code target/golden/NAME.ttl}; run
 * with {@code -Dparley.golden.update=true} to accept it.
 */
class GoldenCasesIT {
  private static final Path CASES = Path.of("src/test/resources/cases");

  static Stream<Path> cases() throws Exception {
    return Files.list(CASES).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void articleGivesTheExpectedGraph(Path dir) throws Exception {
    Article article =
        new ArticleReader().read(List.of(dir.resolve("article.txt"))).articles().get(0);
    ArticleFacts facts =
        new Extractor(Gazetteer.bundled())
            .extract(
                article,
                NlpPipeline.shared()
                    .annotate(article.text(), article.published(), FactSentences.SELECTOR));
    Model actual =
        new FactsToRdf(Gazetteer.bundled()).toModel(facts, "golden", "parley-extract-golden");
    assertEquals(
        List.of(), ShapesCheck.bundled().problems(actual), "the golden graph passes the shapes");
    Path expectedFile = dir.resolve("expected.ttl");
    if (Boolean.getBoolean("parley.golden.update")) {
      write(actual, expectedFile);
    }
    assertTrue(
        Files.exists(expectedFile),
        dir.getFileName()
            + ": no expected.ttl; run once with -Dparley.golden.update=true and review it");
    Model expected = RDFDataMgr.loadModel(expectedFile.toString());
    if (!actual.isIsomorphicWith(expected)) {
      Path out = Path.of("target/golden", dir.getFileName() + ".ttl");
      Files.createDirectories(out.getParent());
      write(actual, out);
      fail(dir.getFileName() + ": graph differs from expected.ttl; actual written to " + out);
    }
  }

  private static void write(Model m, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      RDFDataMgr.write(out, m, Lang.TURTLE);
    }
  }
}
