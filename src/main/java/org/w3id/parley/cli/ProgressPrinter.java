package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.ingest.Rejection;

/**
 * Prints ingest progress to standard error: done / total, rate and time left, at most every two
 * seconds.
 */
final class ProgressPrinter implements IngestListener {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private long start;
  private long lastPrint;
  private int firstDone = -1;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int total) {
    start = System.nanoTime();
    lastPrint = start;
    err.printf(Locale.ROOT, "ingest: %d articles to check%n", total);
    err.flush();
  }

  @Override
  public void articleDone(int done, int total) {
    long now = System.nanoTime();
    if (firstDone < 0) {
      // The rate counts from the first finished article, so CoreNLP's start-up does not skew it.
      firstDone = done;
      start = now;
      lastPrint = now;
      if (done < total) {
        return;
      }
    }
    if (done < total && now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    double rate = done > firstDone ? (done - firstDone) / seconds : 0;
    String left =
        rate > 0 && done < total
            ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate)
            : "";
    err.printf(Locale.ROOT, "ingest: %d/%d articles (%.1f/s%s)%n", done, total, rate, left);
    err.flush();
  }

  @Override
  public void rejected(Rejection rejection) {
    err.println("rejected: " + rejection);
    err.flush();
  }
}
