package org.w3id.parley.app;

import org.w3id.parley.ingest.Rejection;

/**
 * Hears about an ingest run as it goes, for progress display. All methods default to doing nothing.
 */
public interface IngestListener {
  /** Reading finished: {@code total} articles, of which {@code unchanged} need no work. */
  default void started(int total, int unchanged) {}

  /**
   * One more article is processed (stored or rejected); {@code done} counts the unchanged ones too.
   */
  default void articleDone(int done, int total) {}

  /** An input was rejected. */
  default void rejected(Rejection rejection) {}

  IngestListener NONE = new IngestListener() {};
}
