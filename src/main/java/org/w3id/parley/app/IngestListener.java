package org.w3id.parley.app;

import org.w3id.parley.ingest.Rejection;

/**
 * Hears about an ingest run as it goes, for progress display. Every call comes from the thread that
 * called {@code ingest}, in input order. All methods default to doing nothing.
 */
public interface IngestListener {
  /** The run starts; {@code progress} gives the totals known before reading. */
  default void started(IngestProgress progress) {}

  /** One more input is finished: an article stored, skipped as unchanged, or rejected. */
  default void progress(IngestProgress progress) {}

  /** An input was rejected (called before its {@link #progress}). */
  default void rejected(Rejection rejection) {}

  /**
   * A fact of an article broke the shapes and was left out; the rest of the article is stored.
   *
   * @param source the article's file (and line)
   * @param fact the IRI of the meeting, statement or entity left out
   * @param reason the violation
   */
  default void factDropped(String source, String fact, String reason) {}

  /**
   * Asked between inputs: once it answers true the run stops reading, writes nothing more, and
   * returns the report of what it stored so far, each article whole. This is how a run is stopped:
   * its threads are never interrupted, since an interrupt that lands in a store write closes the
   * store's files under it (TDB2's and the text index's) and leaves it unusable until reopened.
   */
  default boolean stopRequested() {
    return false;
  }

  IngestListener NONE = new IngestListener() {};
}
