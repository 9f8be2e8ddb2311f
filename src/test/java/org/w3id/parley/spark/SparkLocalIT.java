package org.w3id.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * Spark's classpath works beside Parley's: a SparkSession on {@code local[2]} reads the seed
 * articles as whole text files and a few short ones as JSON Lines, shuffles them into two
 * partitions, runs one CoreNLP pipeline per partition, and the token counts it collects equal those
 * of the same pipeline run without Spark. This is the groundwork of the Spark runner: a dependency
 * that Spark brings and that breaks CoreNLP, Hadoop's file reading, Spark SQL's JSON reader or the
 * shuffle shows here, before any extraction is involved.
 *
 * <p>It runs in the failsafe JVM that the other ITs share, where a later Spark job test can reuse
 * the loaded CoreNLP pipeline; note that from Spark's start on, java.util.logging goes through
 * SLF4J (Spark installs the bridge).
 */
class SparkLocalIT {
  private static final Path SEEDS = Path.of("seeds");
  private static final String KNOWN = "Merkel met Macron in Paris on Tuesday.";
  private static final int KNOWN_TOKENS = 8;

  @TempDir static Path temp;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    long start = System.nanoTime();
    spark = LocalSpark.start("parley-spark-smoke", temp);
    System.out.printf("SparkLocalIT: SparkSession started in %.1f s%n", seconds(start));
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      long start = System.nanoTime();
      spark.stop();
      System.out.printf("SparkLocalIT: SparkSession stopped in %.1f s%n", seconds(start));
    }
  }

  @Test
  void onePipelinePerPartitionCountsTheSameTokensAsWithoutSpark() throws IOException {
    Path jsonl = temp.resolve("short.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id": "known", "date": "2020-01-01", "text": "%s"}
        {"id": "quote", "date": "2020-01-02", "text": "\\"We will meet again,\\" she said."}
        {"id": "accents", "date": "2020-01-03", "text": "Zelensky flew to Kyiv. Erdoğan stayed."}
        """
            .formatted(KNOWN));
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Tuple2<String, String>> seeds =
        sc.wholeTextFiles(SEEDS.toAbsolutePath() + "/*.txt", 2)
            .map(file -> new Tuple2<>(fileName(file._1()), file._2()));
    JavaRDD<Tuple2<String, String>> lines =
        spark
            .read()
            .json(jsonl.toString())
            .select("id", "text")
            .javaRDD()
            .map(row -> new Tuple2<>(row.getString(0), row.getString(1)));
    JavaRDD<Tuple2<String, String>> articles = seeds.union(lines).repartition(2);

    LongAccumulator pipelines = sc.sc().longAccumulator("pipelines");
    List<Tuple2<String, Integer>> counted =
        articles
            .mapPartitions(
                partition -> {
                  pipelines.add(1);
                  return countTokens(tokenizer(), partition);
                })
            .collect();

    Map<String, Integer> withSpark = new TreeMap<>();
    counted.forEach(c -> withSpark.put(c._1(), c._2()));
    Map<String, Integer> without = withoutSpark(jsonlTexts());
    assertEquals(without, withSpark);
    assertEquals(11, withSpark.size(), "8 seeds and 3 JSON Lines articles");
    assertEquals(KNOWN_TOKENS, withSpark.get("known"));
    assertEquals(2, articles.getNumPartitions());
    assertEquals(2, pipelines.value(), "one pipeline per partition");
  }

  private static Map<String, String> jsonlTexts() {
    return Map.of(
        "known", KNOWN,
        "quote", "\"We will meet again,\" she said.",
        "accents", "Zelensky flew to Kyiv. Erdoğan stayed.");
  }

  private static Map<String, Integer> withoutSpark(Map<String, String> shortTexts)
      throws IOException {
    Map<String, String> texts = new TreeMap<>(shortTexts);
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    StanfordCoreNLP pipeline = tokenizer();
    return texts.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> tokens(pipeline, e.getValue()), (a, b) -> a, TreeMap::new));
  }

  private static Iterator<Tuple2<String, Integer>> countTokens(
      StanfordCoreNLP pipeline, Iterator<Tuple2<String, String>> articles) {
    List<Tuple2<String, Integer>> counts = new ArrayList<>();
    articles.forEachRemaining(a -> counts.add(new Tuple2<>(a._1(), tokens(pipeline, a._2()))));
    return counts.iterator();
  }

  private static StanfordCoreNLP tokenizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(props);
  }

  private static int tokens(StanfordCoreNLP pipeline, String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    return document.tokens().size();
  }

  private static String fileName(String uri) {
    return Path.of(URI.create(uri)).getFileName().toString();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
