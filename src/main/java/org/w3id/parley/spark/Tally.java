package org.w3id.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.parley.ingest.Rejection;

/**
 * What tasks did, summed on the driver: articles written and unchanged, facts left out, and every
 * rejection with where in the input it lies, so that the driver prints them in input order.
 *
 * @param written articles whose file was written
 * @param unchanged articles whose file was there with the same fingerprint
 * @param dropped facts left out of written files because they broke the shapes
 * @param rejected inputs that did not become an article's file
 */
record Tally(int written, int unchanged, int dropped, List<Tally.Rejected> rejected)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One rejection and where it lies.
   *
   * @param file the input file's index in the listing; -1 for what the listing itself rejected
   * @param position input bytes into the file, as the reader counts them
   */
  record Rejected(int file, long position, String source, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    Rejection rejection() {
      return new Rejection(source, message);
    }
  }

  static final Tally NONE = new Tally(0, 0, 0, List.of());

  Tally {
    rejected = List.copyOf(rejected);
  }

  Tally plus(Tally other) {
    List<Rejected> all = new ArrayList<>(rejected);
    all.addAll(other.rejected);
    all.sort(Comparator.comparingInt(Rejected::file).thenComparingLong(Rejected::position));
    return new Tally(
        written + other.written, unchanged + other.unchanged, dropped + other.dropped, all);
  }
}
