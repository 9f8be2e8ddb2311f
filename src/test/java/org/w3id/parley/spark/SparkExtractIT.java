package org.w3id.parley.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.app.FolderLoad;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.IngestOptions;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.NQuadsFileSink;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * The Spark job on {@code local[2]} gives what one machine gives, on the eight seeds and short
 * articles as JSON Lines whose persons resolution joins across articles ("Trump" in one, "Donald
 * Trump" in another), with broken input among them: each article file byte for byte as {@code
 * parley extract} writes it, the same rejections, and resolved graphs that are the quads {@code
 * parley load --to FILE} writes and the graph {@code parley ingest} gives.
 */
class SparkExtractIT {
  @TempDir static Path temp;

  private static SparkSession spark;
  private static Path input;
  private static Path bySpark;
  private static Path resolved;
  private static SparkExtract.Report report;
  private static Path byExtract;
  private static IngestReport extraction;

  private static final List<String> LINES =
      List.of(
          line(
              "trump-alone",
              "Trump met Ryan in Washington on Thursday. \"We had a great"
                  + " conversation,\" Trump said."),
          line(
              "trump-full",
              "Donald Trump met House Speaker Paul Ryan in Washington on Thursday,"
                  + " aides said."),
          line(
              "lavrov-alone",
              "Lavrov said on Friday that Moscow was ready for talks with Kerry in" + " Geneva."),
          "{\"id\": \"broken\", \"date\": \"2016-05-13\", \"text\": \"Trump",
          line(
              "lavrov-full",
              "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State"
                  + " John Kerry in Geneva on Saturday."));

  /** A second feed: one article, and an id the first feed has (rejected, as extract does). */
  private static final List<String> MORE =
      List.of(
          line(
              "clinton-full",
              "Hillary Clinton, the former secretary of state, spoke with Bernie"
                  + " Sanders on Wednesday."),
          line("trump-full", "Donald Trump flew to Florida."));

  private static String line(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"date\": \"2016-05-13\", \"text\": \""
        + text.replace("\"", "\\\"")
        + "\"}";
  }

  @BeforeAll
  static void runTheJobAndExtractTheSameFiles() throws IOException {
    input = temp.resolve("in");
    Files.createDirectories(input.resolve("seeds"));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path f : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, input.resolve("seeds").resolve(f.getFileName()));
      }
    }
    Files.write(input.resolve("a-feed.jsonl"), LINES, StandardCharsets.UTF_8);
    Files.write(input.resolve("b-feed.jsonl"), MORE, StandardCharsets.UTF_8);
    Files.writeString(input.resolve("empty.txt"), "");

    long start = System.nanoTime();
    spark = LocalSpark.start("parley-spark-extract-it", temp);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    bySpark = temp.resolve("spark-out");
    resolved = temp.resolve("spark-resolved");
    report = SparkExtract.run(sc, options());
    System.out.printf(
        "SparkExtractIT: session and job %.1f s (job %.1f s, %d articles)%n",
        (System.nanoTime() - start) / 1e9, report.seconds(), report.written());

    byExtract = temp.resolve("extract-out");
    extraction =
        Ingester.toFolder(ArticleFolder.open(byExtract), IngestOptions.defaults().withThreads(2))
            .ingest(List.of(input), IngestListener.NONE);
  }

  private static SparkExtract.Options options() {
    return new SparkExtract.Options(List.of(input), bySpark, Optional.of(resolved), 3, 1_000_000);
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyArticleFileIsByteForByteTheOneExtractWrites() throws IOException {
    List<Path> expected = ArticleFolder.existing(byExtract).files();
    List<Path> got = ArticleFolder.existing(bySpark).files();
    assertEquals(13, expected.size(), "eight seeds and five JSON Lines articles");
    assertEquals(relative(byExtract, expected), relative(bySpark, got));
    for (Path f : expected) {
      Path mine = bySpark.resolve(byExtract.relativize(f).toString());
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(mine), f.toString());
    }
    assertEquals(extraction.added(), report.written());
    assertEquals(extraction.droppedFacts(), report.dropped());
  }

  @Test
  void brokenInputIsRejectedAsExtractRejectsItAndTheRestLands() {
    List<Rejection> rejected = report.rejected();
    assertEquals(extraction.rejected(), rejected, "the same rejections, in input order");
    assertEquals(3, rejected.size(), rejected.toString());
    assertEquals(input.resolve("a-feed.jsonl") + " line 4", rejected.get(0).source());
    assertTrue(rejected.get(0).message().startsWith("malformed JSON"), rejected.get(0).message());
    assertEquals(input.resolve("b-feed.jsonl") + " line 2", rejected.get(1).source());
    assertEquals(
        "duplicate article id 'trump-full' (first read from "
            + input.resolve("a-feed.jsonl")
            + " line 2)",
        rejected.get(1).message());
    assertEquals(
        new Rejection(input.resolve("empty.txt").toString(), "empty file"), rejected.get(2));
  }

  @Test
  void theResolvedGraphsAreWhatLoadWritesAndWhatIngestGives() throws IOException {
    Path file = temp.resolve("load-to.nq");
    FolderLoad.Report load;
    try (var sink = NQuadsFileSink.of(file)) {
      load = FolderLoad.toSink(ArticleFolder.existing(byExtract), sink, FolderLoad.Listener.NONE);
    }
    Set<String> mine = new TreeSet<>();
    try (Stream<Path> parts = Files.list(resolved)) {
      for (Path part : parts.toList()) {
        mine.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)), mine);
    assertEquals(load.persons(), report.persons());
    assertEquals(13, report.resolvedArticles());

    Map<String, Model> ingested;
    try (ParleyStore store = ParleyStore.open(temp.resolve("ingested"))) {
      new org.w3id.parley.app.Ingester(store, 1).ingest(List.of(input), IngestListener.NONE);
      ingested = graphs(store.dataset(), store);
    }
    Dataset parts = DatasetFactory.create();
    try (Stream<Path> files = Files.list(resolved)) {
      files.forEach(p -> RDFDataMgr.read(parts, p.toString()));
    }
    Map<String, Model> bySparkGraphs = graphs(parts, null);
    assertEquals(ingested.keySet(), bySparkGraphs.keySet());
    for (String g : ingested.keySet()) {
      assertTrue(ingested.get(g).isIsomorphicWith(bySparkGraphs.get(g)), g);
    }
    Set<String> met = new TreeSet<>();
    bySparkGraphs
        .get(Iris.article("trump-alone"))
        .listObjectsOfProperty(PARLEY.participant)
        .forEachRemaining(p -> met.add(p.asResource().getLocalName()));
    assertEquals(Set.of("donald-trump", "paul-ryan"), met, "the short names found their persons");
  }

  @Test
  void runningAgainFindsEveryArticleUnchanged() {
    SparkExtract.Report again =
        SparkExtract.run(
            JavaSparkContext.fromSparkContext(spark.sparkContext()),
            new SparkExtract.Options(List.of(input), bySpark, Optional.empty(), 2, 1_000_000));
    assertEquals(0, again.written());
    assertEquals(13, again.unchanged());
    assertEquals(-1, again.persons(), "not resolved");
  }

  private static List<String> relative(Path dir, List<Path> files) {
    return files.stream().map(f -> dir.relativize(f).toString()).toList();
  }

  private static Map<String, Model> graphs(Dataset ds, ParleyStore store) {
    Map<String, Model> out = new TreeMap<>();
    Runnable copy =
        () ->
            ds.listModelNames()
                .forEachRemaining(
                    n ->
                        out.put(
                            n.getURI(),
                            ModelFactory.createDefaultModel().add(ds.getNamedModel(n))));
    if (store != null) {
      Txn.executeRead(ds, copy);
    } else {
      copy.run();
    }
    return out;
  }
}
