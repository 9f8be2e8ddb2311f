package org.w3id.parley.app;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How far an ingest run has got.
 *
 * @param stored articles added or replaced so far
 * @param unchanged articles skipped because the store already has them
 * @param rejected inputs rejected so far (files, lines or articles)
 * @param total how many inputs there are, when known before reading (not for JSON Lines, whose
 *     lines are only counted as they are read)
 * @param bytesDone input bytes behind the last article finished
 * @param bytes input bytes in all (0 for articles handed over in memory)
 */
public record IngestProgress(
    int stored, int unchanged, int rejected, OptionalInt total, long bytesDone, long bytes) {
  public IngestProgress {
    if (stored < 0 || unchanged < 0 || rejected < 0 || bytesDone < 0 || bytes < 0) {
      throw new IllegalArgumentException(
          "negative progress: " + stored + ", " + unchanged + ", " + rejected + ", " + bytesDone);
    }
  }

  /** Inputs finished: stored, unchanged or rejected. */
  public int done() {
    return stored + unchanged + rejected;
  }

  /** The share of the work done, from 0 to 1, by bytes if known, else by inputs; else empty. */
  public OptionalDouble fraction() {
    if (bytes > 0) {
      return OptionalDouble.of(Math.min(1.0, (double) bytesDone / bytes));
    }
    if (total.isPresent() && total.getAsInt() > 0) {
      return OptionalDouble.of(Math.min(1.0, (double) done() / total.getAsInt()));
    }
    return OptionalDouble.empty();
  }
}
