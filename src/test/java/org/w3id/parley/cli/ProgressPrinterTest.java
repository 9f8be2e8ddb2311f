package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.w3id.parley.app.IngestProgress;
import org.w3id.parley.ingest.Rejection;

/** What an analyst sees on standard error during a long ingest. */
class ProgressPrinterTest {
  private final StringWriter buffer = new StringWriter();
  private final ProgressPrinter printer = new ProgressPrinter(new PrintWriter(buffer));

  private List<String> lines() {
    return buffer.toString().lines().toList();
  }

  @Test
  void announcesTheWorkThenThrottlesAndAlwaysPrintsTheLastLineWithTheRate() {
    OptionalInt total = OptionalInt.of(500);
    printer.started(new IngestProgress(0, 0, 0, total, 0, 500_000));
    for (int unchanged = 1; unchanged <= 100; unchanged++) {
      printer.progress(new IngestProgress(0, unchanged, 0, total, unchanged * 1000L, 500_000));
    }
    for (int stored = 1; stored <= 400; stored++) {
      printer.progress(new IngestProgress(stored, 100, 0, total, (100 + stored) * 1000L, 500_000));
    }
    List<String> lines = lines();
    assertEquals("ingest: 500 articles to read (488.3 KB)", lines.get(0));
    assertEquals("ingest: 1/500 articles", lines.get(1), "the first input, no rate yet");
    assertEquals("ingest: 101/500 articles", lines.get(2), "the first article processed");
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("ingest: 500/500 articles \\(\\d+\\.\\d/s\\)"), last);
    assertTrue(lines.size() < 50, "not one line per article: " + lines.size());
  }

  @Test
  void withoutATotalItCountsArticlesAndShowsTheShareOfTheInputDone() {
    printer.started(new IngestProgress(0, 0, 0, OptionalInt.empty(), 0, 3L << 30));
    printer.progress(new IngestProgress(1, 0, 0, OptionalInt.empty(), 1L << 30, 3L << 30));
    assertEquals(
        List.of(
            "ingest: 3.0 GB to read, articles counted as they come",
            "ingest: 1 articles, 33% of 3.0 GB"),
        lines());
  }

  @Test
  void aRejectionIsOneLineNamingTheFile() {
    printer.rejected(new Rejection("in/bad.txt line 1", "expected 'date YYYY-MM-DD'"));
    assertEquals(List.of("rejected: in/bad.txt line 1: expected 'date YYYY-MM-DD'"), lines());
  }
}
