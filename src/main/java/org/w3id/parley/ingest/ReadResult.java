package org.w3id.parley.ingest;

import java.util.List;

/**
 * What reading some input paths produced: the articles in input order, and the inputs that were
 * rejected.
 *
 * @param articles valid articles, ids unique
 * @param rejections one per bad file or JSONL line
 */
public record ReadResult(List<Article> articles, List<Rejection> rejections) {
  public ReadResult {
    articles = List.copyOf(articles);
    rejections = List.copyOf(rejections);
  }
}
