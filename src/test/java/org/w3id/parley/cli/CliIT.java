package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/** The command line as a user runs it: exit codes, summaries, query output. */
class CliIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(code, out + captured.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(stdout);
    }
  }

  @Test
  void backupThenRestoreIntoAnEmptyStoreOnlyUnlessForced() {
    Path original = dir.resolve("original");
    try (ParleyStore store = ParleyStore.open(original)) {
      Model m = ModelFactory.createDefaultModel();
      m.add(m.createResource("urn:x:lavrov"), RDFS.label, "Sergey Lavrov");
      store.replaceGraph("https://w3id.org/parley/id/article/a", m);
    }
    String backup = dir.resolve("backups/parley.nq.gz").toString();
    Run written = run("backup", "--store", original.toString(), "-o", backup);
    assertEquals(0, written.code(), written.err());
    // The triple, and the store's commit number in its bookkeeping.
    assertTrue(written.out().startsWith("backed up 2 quads in 1 graphs from "), written.out());

    String copy = dir.resolve("copy").toString();
    Run restored = run("restore", "--store", copy, backup);
    assertEquals(0, restored.code(), restored.err());
    assertTrue(
        restored.out().startsWith("restored 2 quads in 1 graphs (1 articles) from " + backup),
        restored.out());
    assertTrue(restored.out().contains("text index 1 entries"), restored.out());

    Run again = run("restore", "--store", copy, backup);
    assertEquals(1, again.code());
    assertEquals(
        "parley: "
            + copy
            + ": the store is not empty (1 articles); restore into a new folder, or replace what it"
            + " holds with --force",
        again.err().strip());
    assertEquals(0, run("restore", "--force", "--store", copy, backup).code());
  }

  @Test
  void backupOfAFolderWithoutAStoreSaysSo() {
    Path nothing = dir.resolve("nothing");
    Run backup =
        run("backup", "--store", nothing.toString(), "-o", dir.resolve("b.nq.gz").toString());
    assertEquals(1, backup.code());
    assertTrue(backup.err().contains(nothing + ": no such folder"), backup.err());
  }

  @Test
  void ingestThenQueryPrintsCsv() {
    String store = dir.resolve("tdb2").toString();
    Run ingest = run("ingest", "--store", store, TestStores.seedArticle().toString());
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.out().contains("1 added"), ingest.out());
    assertTrue(ingest.err().contains("ingest: 1/1 articles"), ingest.err());
    Run query =
        run(
            "query",
            "--store",
            store,
            "--format",
            "csv",
            "-e",
            "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?m a parley:Meeting }");
    assertEquals(0, query.code(), query.err());
    // The seed reports three meetings between persons and one of a body (the OSCE summit).
    assertTrue(query.out().startsWith("n\r\n4") || query.out().startsWith("n\n4"), query.out());
  }

  @Test
  void ingestAloneGivesTheGraphThatIngestThenLinkGives() {
    String cache = TestStores.cacheDir().toString();
    String seed = TestStores.seedArticle().toString();
    Path linked = dir.resolve("linked");
    Run ingest = run("ingest", "--store", linked.toString(), "--cache-dir", cache, seed);
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(
        ingest.out().matches("(?s).*linked [1-9]\\d* of \\d+ persons to Wikipedia.*"),
        ingest.out());

    Path twoSteps = dir.resolve("two-steps");
    assertEquals(0, run("ingest", "--store", twoSteps.toString(), "--no-link", seed).code());
    String lavrovsLink =
        "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?w WHERE {"
            + " <https://w3id.org/parley/id/person/sergey-lavrov> parley:wikipedia ?w }";
    assertFalse(
        run("query", "--store", twoSteps.toString(), "-e", lavrovsLink)
            .out()
            .contains("Sergey_Lavrov"),
        "--no-link links nothing");
    Run link = run("link", "--wikipedia", "--store", twoSteps.toString(), "--cache-dir", cache);
    assertEquals(0, link.code(), link.err());

    assertTrue(
        run("query", "--store", linked.toString(), "-e", lavrovsLink)
            .out()
            .contains("https://en.wikipedia.org/wiki/Sergey_Lavrov"));
    try (ParleyStore a = ParleyStore.open(linked);
        ParleyStore b = ParleyStore.open(twoSteps)) {
      Txn.executeRead(
          a.dataset(),
          () ->
              Txn.executeRead(
                  b.dataset(),
                  () ->
                      assertTrue(
                          IsoMatcher.isomorphic(
                              a.dataset().asDatasetGraph(), b.dataset().asDatasetGraph()),
                          "the same quads in the same graphs")));
    }
  }

  @Test
  void rejectedInputGivesExitCodeTwoAndOneLinePerFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestStores.seedArticle(), in.resolve("good.txt"));
    Files.writeString(in.resolve("bad.txt"), "Dec 3 2019\nSomething happened.\n");
    Run ingest = run("ingest", "--store", dir.resolve("tdb2").toString(), in.toString());
    assertEquals(2, ingest.code());
    assertTrue(
        ingest.err().contains("bad.txt line 1: expected 'date YYYY-MM-DD', found 'Dec 3 2019'"),
        ingest.err());
    assertTrue(
        ingest.out().contains("1 added") && ingest.out().contains("1 rejected"), ingest.out());
  }

  @Test
  void verboseAddsTheStackTraceToTheOneLine() {
    Run query =
        run(
            "query",
            "--verbose",
            "--store",
            dir.resolve("tdb2").toString(),
            "-e",
            "SELEKT nothing");
    assertEquals(1, query.code());
    assertTrue(query.err().startsWith("parley: query does not parse"), query.err());
    assertTrue(query.err().contains("\tat org.w3id.parley."), query.err());
  }

  @Test
  void formatsAreCaseInsensitiveAndAnUnknownOneIsAUsageError() {
    String store = dir.resolve("tdb2").toString();
    assertEquals(0, run("ingest", "--store", store, TestStores.seedArticle().toString()).code());
    Run upper = run("query", "--store", store, "--format", "JSON", "-e", "SELECT (1 AS ?one) {}");
    assertEquals(0, upper.code(), upper.err());
    assertTrue(upper.out().contains("\"vars\""), upper.out());
    Run unknown = run("export", "--store", store, "--format", "gephi");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown.err().contains("Invalid value for option '--format'")
            && unknown.err().contains("GEXF"),
        unknown.err());
  }

  @Test
  void evalMeetingsScoresTheShippedGoldAndWritesItsReports() throws Exception {
    Path out = dir.resolve("eval");
    Run eval = run("eval", "meetings", "--out", out.toString());
    assertEquals(0, eval.code(), eval.err());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("participants\\+date\\+status +P .*\\(tp (\\d+)\\)")
            .matcher(eval.out());
    assertTrue(m.find(), eval.out());
    assertTrue(Integer.parseInt(m.group(1)) > 0, "some meetings fully right: " + eval.out());
    assertTrue(
        eval.out().matches("(?s).*meetings: [1-9]\\d* gold, [1-9]\\d* extracted.*"), eval.out());
    assertTrue(Files.exists(out.resolve("meetings.json")));
    assertTrue(
        Files.readString(out.resolve("meetings-errors.tsv"))
            .startsWith("kind\tarticle\tparticipants\tdate\tstatus\n"));
  }

  @Test
  void aQueryThatDoesNotParseFailsWithOneLine() {
    Run query = run("query", "--store", dir.resolve("tdb2").toString(), "-e", "SELEKT nothing");
    assertEquals(1, query.code());
    assertTrue(query.err().startsWith("parley: query does not parse"), query.err());
    assertEquals(1, query.err().strip().lines().count(), query.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "query -e ASK{}",
        "serve --port 0",
        "export --format graphml",
        "merges",
        "unmerge article/1234",
        "link --wikipedia"
      })
  void aCommandOnAMistypedStoreSaysSoInOneLineAndCreatesNothing(String command) {
    Path typo = dir.resolve("data/tbd2");
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--store", typo.toString()));
    Run run = run(args.toArray(String[]::new));
    assertEquals(1, run.code(), run.err());
    assertEquals(
        "parley: "
            + typo
            + ": no such folder; run `parley ingest` or `parley up` to create a store, or give"
            + " --store the folder of an existing one",
        run.err().strip());
    assertFalse(Files.exists(typo.getParent()), "nothing created: " + typo.getParent());
  }

  @Test
  void aFolderWithoutAStoreIsNotMadeIntoOne() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("articles"));
    Files.copy(TestStores.seedArticle(), seeds.resolve("a.txt"));
    Run query = run("query", "--store", seeds.toString(), "-e", "ASK {}");
    assertEquals(1, query.code());
    assertTrue(
        query.err().startsWith("parley: " + seeds + ": holds no Parley store;"), query.err());
    try (var files = Files.list(seeds)) {
      assertEquals(List.of(seeds.resolve("a.txt")), files.toList(), "the folder is untouched");
    }
  }

  @Test
  void aMissingPathFailsWithOneLine() {
    Run ingest =
        run("ingest", "--store", dir.resolve("tdb2").toString(), dir.resolve("nowhere").toString());
    assertEquals(1, ingest.code());
    assertTrue(ingest.err().contains("nowhere: no such file or folder"), ingest.err());
  }

  @Test
  void theDefaultStoreIsTheOneInFusekiConfig() {
    assertEquals(Path.of("data/tdb2"), new StoreOptions().store());
  }
}
