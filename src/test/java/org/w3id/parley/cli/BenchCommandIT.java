package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code parley bench anchor} on two invented articles: it runs stock CoreNLP's quote pipeline and
 * prints its figures in the format bench/ingest-throughput.sh reads. Timings are never asserted.
 */
class BenchCommandIT {
  private static final Pattern ITEMS =
      Pattern.compile("(?m)^items: (\\d+) articles, (\\d+) tokens$");
  private static final Pattern ANCHOR =
      Pattern.compile(
          "(?m)^anchor: (\\d+) articles, (\\d+) tokens in [0-9.]+ s after (\\d+) warm-up articles:"
              + " [0-9.]+ articles/s, [0-9.]+ tokens/s$");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private static Path articles() throws URISyntaxException {
    return Path.of(BenchCommandIT.class.getResource("/bench").toURI());
  }

  @Test
  void anchorTimesTheSampleAndCountsTheTokensOfAllItems() throws URISyntaxException {
    String[] r = run("bench", "anchor", "--sample", "1", "--warmup", "1", articles().toString());
    assertEquals("0", r[0], r[2]);
    Matcher items = ITEMS.matcher(r[1]);
    assertTrue(items.find(), r[1]);
    assertEquals("2", items.group(1));
    long allTokens = Long.parseLong(items.group(2));
    Matcher anchor = ANCHOR.matcher(r[1]);
    assertTrue(anchor.find(), r[1]);
    assertEquals(List.of("1", "1"), List.of(anchor.group(1), anchor.group(3)));
    long sampleTokens = Long.parseLong(anchor.group(2));
    // The sample is the first article in name order (harbour.txt): more than none, fewer than both.
    assertTrue(sampleTokens > 20 && sampleTokens < allTokens, sampleTokens + " of " + allTokens);
  }

  @Test
  void anEmptySampleIsAUsageError() throws URISyntaxException {
    String[] r = run("bench", "anchor", "--sample", "0", articles().toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--sample must be at least 1"), r[2]);
  }
}
