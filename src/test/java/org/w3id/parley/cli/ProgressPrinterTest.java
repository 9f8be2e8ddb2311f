package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    printer.started(500, 100);
    for (int done = 101; done <= 500; done++) {
      printer.articleDone(done, 500);
    }
    List<String> lines = lines();
    assertEquals("ingest: 500 articles, 100 unchanged, 400 to process", lines.get(0));
    assertEquals("ingest: 101/500 articles", lines.get(1), "the first article, no rate yet");
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("ingest: 500/500 articles \\(\\d+\\.\\d/s\\)"), last);
    assertTrue(lines.size() < 400, "not one line per article: " + lines.size());
  }

  @Test
  void aRejectionIsOneLineNamingTheFile() {
    printer.rejected(new Rejection("in/bad.txt line 1", "expected 'date YYYY-MM-DD'"));
    assertEquals(List.of("rejected: in/bad.txt line 1: expected 'date YYYY-MM-DD'"), lines());
  }
}
