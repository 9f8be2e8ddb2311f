package org.w3id.parley.app;

import org.w3id.parley.ingest.Rejection;

/**
 * Hears about an ingest run as it goes, for progress display. All methods default to doing nothing.
 */
public interface IngestListener {
  /** Reading finished: this many articles will be processed. */
  default void started(int total) {}

  /** One more article is done (stored or skipped). */
  default void articleDone(int done, int total) {}

  /** An input was rejected. */
  default void rejected(Rejection rejection) {}

  IngestListener NONE = new IngestListener() {};
}
