package org.w3id.parley.export;

import java.util.Objects;

/**
 * An edge of the exported network, aggregated over the facts that support it.
 *
 * @param source source node IRI
 * @param target target node IRI
 * @param kind met, participated-in, said, spoke-about or represents
 * @param weight number of distinct source articles
 * @param firstDate earliest date, "" if none
 * @param lastDate latest date, "" if none
 * @param evidence one sentence that supports it, "" if none
 * @param article the id of that sentence's article, "" if none
 */
public record GraphEdge(
    String source,
    String target,
    String kind,
    int weight,
    String firstDate,
    String lastDate,
    String evidence,
    String article) {
  public GraphEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    firstDate = firstDate == null ? "" : firstDate;
    lastDate = lastDate == null ? "" : lastDate;
    evidence = evidence == null ? "" : evidence;
    article = article == null ? "" : article;
  }

  /** The same edge from target to source. */
  public GraphEdge reversed() {
    return new GraphEdge(target, source, kind, weight, firstDate, lastDate, evidence, article);
  }

  /** A stable id for the edge. */
  public String id() {
    return kind + ":" + source + "->" + target;
  }
}
