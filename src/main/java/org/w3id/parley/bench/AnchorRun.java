package org.w3id.parley.bench;

/**
 * One timed run of a pipeline over some articles: how many, how many tokens, how long.
 *
 * @param articles articles annotated in the timed part
 * @param tokens CoreNLP tokens in those articles
 * @param nanos wall time of the timed part
 */
public record AnchorRun(int articles, long tokens, long nanos) {
  public AnchorRun {
    if (articles < 1) {
      throw new IllegalArgumentException("articles < 1: " + articles);
    }
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens < 0: " + tokens);
    }
    if (nanos < 1) {
      throw new IllegalArgumentException("nanos < 1: " + nanos);
    }
  }

  public double seconds() {
    return nanos / 1e9;
  }

  public double articlesPerSecond() {
    return articles / seconds();
  }

  public double tokensPerSecond() {
    return tokens / seconds();
  }
}
