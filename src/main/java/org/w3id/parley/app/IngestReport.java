package org.w3id.parley.app;

import java.util.List;
import org.w3id.parley.ingest.Rejection;

/**
 * What an ingest run did.
 *
 * @param added articles new to the store
 * @param replaced articles whose input changed, replaced whole
 * @param unchanged articles skipped because their fingerprint matched
 * @param rejectedCount inputs that did not become articles
 * @param rejected the first of them (up to 10,000, so that a run over a huge bad feed keeps its
 *     memory), one line each; the listener hears of every one
 * @param quads quads in the store afterwards
 * @param seconds wall-clock time
 * @param droppedFacts facts left out of stored articles because they broke the shapes
 */
public record IngestReport(
    int added,
    int replaced,
    int unchanged,
    int rejectedCount,
    List<Rejection> rejected,
    long quads,
    double seconds,
    int droppedFacts) {
  public IngestReport {
    rejected = List.copyOf(rejected);
    if (rejected.size() > rejectedCount) {
      throw new IllegalArgumentException(
          "more rejections kept than counted: " + rejected.size() + " > " + rejectedCount);
    }
  }

  public int processed() {
    return added + replaced + unchanged;
  }
}
