package org.w3id.parley.app;

import java.util.List;
import org.w3id.parley.ingest.Rejection;

/**
 * What an ingest run did.
 *
 * @param added articles new to the store
 * @param replaced articles whose input changed, replaced whole
 * @param unchanged articles skipped because their fingerprint matched
 * @param rejected inputs that did not become articles, one line each
 * @param quads quads in the store afterwards
 * @param seconds wall-clock time
 */
public record IngestReport(
    int added, int replaced, int unchanged, List<Rejection> rejected, long quads, double seconds) {
  public IngestReport {
    rejected = List.copyOf(rejected);
  }

  public int processed() {
    return added + replaced + unchanged;
  }
}
