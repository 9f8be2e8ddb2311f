package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.ingest.Rejection;

/**
 * Prints ingest progress to standard error: done / total, rate and time left, at most every two
 * seconds. The rate is measured from the first article that finished, so CoreNLP's start-up does
 * not skew it.
 */
final class ProgressPrinter implements IngestListener {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private int unchanged;
  private long firstFinished;
  private long lastPrint;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int total, int unchanged) {
    this.unchanged = unchanged;
    err.printf(
        Locale.ROOT,
        "ingest: %d articles, %d unchanged, %d to process%n",
        total,
        unchanged,
        total - unchanged);
    err.flush();
  }

  @Override
  public void articleDone(int done, int total) {
    long now = System.nanoTime();
    int processed = done - unchanged;
    if (processed == 1) {
      firstFinished = now;
    }
    if (done < total && processed > 1 && now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    String rate = "";
    if (processed > 1) {
      double perSecond = (processed - 1) / Math.max((now - firstFinished) / 1e9, 1e-3);
      String left =
          done < total
              ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / perSecond)
              : "";
      rate = String.format(Locale.ROOT, " (%.1f/s%s)", perSecond, left);
    }
    err.printf(Locale.ROOT, "ingest: %d/%d articles%s%n", done, total, rate);
    err.flush();
  }

  @Override
  public void rejected(Rejection rejection) {
    err.println("rejected: " + rejection);
    err.flush();
  }
}
