package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.IngestProgress;
import org.w3id.parley.ingest.Rejection;

/**
 * Prints ingest progress to standard error, at most every two seconds: articles done (of how many,
 * when the input says so before it is read; JSON Lines do not), the rate, and the time left, from
 * the share of the input bytes done. The rate is measured from the first article that finished, so
 * CoreNLP's start-up does not skew it, and unchanged articles, which cost nothing, are not counted
 * in it.
 */
final class ProgressPrinter implements IngestListener {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final String verb;
  private long firstTime;
  private int firstProcessed;
  private double firstFraction;
  private boolean measuring;
  private long lastPrint;

  ProgressPrinter(PrintWriter err) {
    this(err, "ingest");
  }

  /** A printer whose lines begin with {@code verb} ("extract: 12/40 articles ..."). */
  ProgressPrinter(PrintWriter err, String verb) {
    this.err = err;
    this.verb = verb;
  }

  @Override
  public void started(IngestProgress p) {
    String size = p.bytes() > 0 ? " (" + bytes(p.bytes()) + ")" : "";
    if (p.total().isPresent()) {
      err.printf(Locale.ROOT, "%s: %d articles to read%s%n", verb, p.total().getAsInt(), size);
    } else {
      err.printf(
          Locale.ROOT, "%s: %s to read, articles counted as they come%n", verb, bytes(p.bytes()));
    }
    err.flush();
  }

  @Override
  public void progress(IngestProgress p) {
    long now = System.nanoTime();
    int processed = p.stored() + p.rejected();
    double fraction = p.fraction().orElse(0);
    boolean last = p.total().isPresent() && p.done() >= p.total().getAsInt();
    if (!measuring && processed > 0) {
      measuring = true;
      firstTime = now;
      firstProcessed = processed;
      firstFraction = fraction;
    } else if (!last && now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    StringBuilder line = new StringBuilder(verb).append(": ").append(p.done());
    if (p.total().isPresent()) {
      line.append('/').append(p.total().getAsInt()).append(" articles");
    } else {
      line.append(" articles");
      if (p.bytes() > 0) {
        line.append(String.format(Locale.ROOT, ", %.0f%% of %s", 100 * fraction, bytes(p.bytes())));
      }
    }
    double seconds = (now - firstTime) / 1e9;
    if (measuring && processed > firstProcessed && seconds > 0) {
      line.append(String.format(Locale.ROOT, " (%.1f/s", (processed - firstProcessed) / seconds));
      double rate = (fraction - firstFraction) / seconds;
      if (!last && rate > 0) {
        line.append(String.format(Locale.ROOT, ", %.0f s left", (1 - fraction) / rate));
      }
      line.append(')');
    }
    err.println(line);
    err.flush();
  }

  @Override
  public void factDropped(String source, String fact, String reason) {
    err.println("left out: " + source + ": " + fact + ": " + reason);
    err.flush();
  }

  @Override
  public void rejected(Rejection rejection) {
    err.println("rejected: " + rejection);
    err.flush();
  }

  private static String bytes(long n) {
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
    if (n < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", n / (1024.0 * 1024 * 1024));
  }
}
