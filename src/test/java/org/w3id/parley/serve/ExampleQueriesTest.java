package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The analyst queries as the query page offers them, read from the jar's copy of queries/. */
class ExampleQueriesTest {
  private static final List<ExampleQuery> EXAMPLES = ExampleQueries.fromClasspath();

  @Test
  void everyQueryOfTheQueriesFolderIsAnExampleInFileOrder() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(Path.of("queries"))) {
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .map(n -> n.replaceFirst("\\.rq$", ""))
              .sorted()
              .toList();
    }
    assertEquals(24, files.size(), files.toString());
    assertEquals(files, EXAMPLES.stream().map(ExampleQuery::id).toList());
  }

  @Test
  void anExampleHasItsNameCommentAndParametersAndTheQueryBelowThem() {
    ExampleQuery meetings = example("02-meetings-of-a-person");
    assertEquals("02", meetings.number());
    assertEquals("All meetings of a person", meetings.name());
    assertEquals(
        "Every meeting in which the named person takes part, with the other participants.\n"
            + "One row per meeting.",
        meetings.comment());
    assertTrue(meetings.parameters().startsWith("  ?name  VALUES inside the sub-select below."));
    assertTrue(meetings.parameters().contains("VALUES ?name { \"Lavrov\" \"Aliyev\" }"));
    assertTrue(meetings.query().startsWith("PREFIX parley: <https://w3id.org/parley/ontology#>"));
  }

  @Test
  void aFederatedExampleSaysItNeedsTheInternetAndMayHaveNoParameters() {
    ExampleQuery heads = example("19-federated-statements-by-heads-of-government");
    assertTrue(heads.comment().contains("-- needs internet access"), heads.comment());
    assertEquals("", heads.parameters());
  }

  @Test
  void everyExampleIsSparqlThatJenaParses() {
    for (ExampleQuery example : EXAMPLES) {
      QueryFactory.create(example.query());
      assertTrue(!example.query().contains("# Columns"), example.id());
    }
  }

  @Test
  void aFileWithoutItsTitleLineIsNamedWithTheLine() {
    ServeException e =
        assertThrows(
            ServeException.class,
            () -> ExampleQueries.parse("99-x.rq", "# ------\n# Who met whom?\nSELECT * {}\n"));
    assertEquals(
        "queries/99-x.rq line 2: expected a title such as '# 02 All meetings of a person', found"
            + " '# Who met whom?'",
        e.getMessage());
  }

  @Test
  void aFileWithOnlyComments() {
    ServeException e =
        assertThrows(ServeException.class, () -> ExampleQueries.parse("98-y.rq", "# 98 Nothing\n"));
    assertEquals("queries/98-y.rq: no query after the comment block", e.getMessage());
  }

  private static ExampleQuery example(String id) {
    return EXAMPLES.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
