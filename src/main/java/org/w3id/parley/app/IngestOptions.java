package org.w3id.parley.app;

import org.w3id.parley.ingest.ArticleReader;

/**
 * How an ingest run works.
 *
 * @param threads CoreNLP threads (default: one per core)
 * @param maxArticleChars the longest article text accepted, in characters (default {@value
 *     ArticleReader#DEFAULT_MAX_ARTICLE_CHARS}); a longer one is rejected before CoreNLP sees it,
 *     since CoreNLP's time and memory grow faster than the text
 * @param replace whether an article may replace one of the same id read from another source
 *     (default false: it is rejected)
 */
public record IngestOptions(int threads, int maxArticleChars, boolean replace) {
  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars < 1: " + maxArticleChars);
    }
  }

  /** The defaults: one thread per core, 1,000,000 characters, no replacing. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Runtime.getRuntime().availableProcessors(), ArticleReader.DEFAULT_MAX_ARTICLE_CHARS, false);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(n, maxArticleChars, replace);
  }

  public IngestOptions withMaxArticleChars(int n) {
    return new IngestOptions(threads, n, replace);
  }

  public IngestOptions withReplace(boolean r) {
    return new IngestOptions(threads, maxArticleChars, r);
  }
}
