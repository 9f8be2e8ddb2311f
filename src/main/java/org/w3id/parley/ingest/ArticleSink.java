package org.w3id.parley.ingest;

import java.util.Optional;

/**
 * Receives what {@link ArticleReader} reads, in input order, as it reads it. Each call carries how
 * many input bytes have been read so far, for progress.
 */
public interface ArticleSink {
  /**
   * An article read.
   *
   * @param origin the file it came from, as a stable key (its real path), to tell two files that
   *     give the same id apart across runs; empty for an article not read from a file
   * @param position input bytes read so far
   */
  void article(Article article, Optional<String> origin, long position);

  /** An input that did not become an article. */
  void rejected(Rejection rejection, long position);
}
