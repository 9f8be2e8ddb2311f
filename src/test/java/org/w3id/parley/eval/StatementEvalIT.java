package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.app.IngestListener;

/**
 * The whole statements evaluation on the hand-made PolNeAR-style split: ingest with the real
 * pipeline into a real TDB2 store, read back through SPARQL, write the reference scorer's TSV,
 * score.
 */
class StatementEvalIT {
  @TempDir Path out;

  @Test
  void anArticleWithoutADateIsRejectedNotDropped() {
    StatementEval.Result r =
        new StatementEval(out)
            .run(Path.of("src/test/resources/polnear-mini"), Optional.empty(), IngestListener.NONE);
    assertEquals(0, r.ingest().added());
    assertEquals(1, r.ingest().rejected().size());
    assertTrue(r.ingest().rejected().get(0).message().contains("no publication date"));
  }

  @Test
  void evaluatesTheMiniSplitThroughTheStore() throws Exception {
    Path metadata =
        Files.writeString(
            out.resolve("metadata.tsv"), "filename\tpublication_date\na\t2019-12-03\n");
    StatementEval.Result r =
        new StatementEval(out)
            .run(
                Path.of("src/test/resources/polnear-mini"),
                Optional.of(metadata),
                IngestListener.NONE);
    assertEquals(1, r.ingest().added());
    assertTrue(
        r.score().fullTp() >= 2,
        "Lavrov's quote and the interrupted quote are found: " + r.score());
    assertTrue(
        r.statements().stream()
            .anyMatch(s -> s.canonicalText().equals("Lavrov") || s.speakerText().equals("Lavrov")),
        r.statements().toString());
    String tsv = Files.readString(out.resolve("statements.tsv"));
    assertTrue(
        tsv.startsWith(
            "article\tcontent_begin\tcontent_end\tspeaker_begin\tspeaker_end\tspeaker_text"));
    assertTrue(Files.exists(out.resolve("statements.json")));
  }

  @Test
  void scoresNewsGoldStatementsThroughTheStore() throws Exception {
    NewsGold gold =
        NewsGold.load(
            Path.of("src/test/resources/news-gold-statements/eval/news-gold/gold.jsonl"),
            Optional.empty());
    StatementEval.Result r = new StatementEval(out).runNewsGold(gold, IngestListener.NONE);
    assertEquals(1, r.ingest().added(), "only the article whose statements were annotated");
    assertEquals(4, r.score().gold());
    assertEquals(2, r.score().goldDirect());
    assertEquals(
        4,
        r.score().fullTp(),
        "two quotes (one interrupted), reported speech, and an unnamed source: " + r.statements());
    assertTrue(Files.readString(out.resolve("statements-misses.tsv")).contains("bucket\t"));
  }
}
