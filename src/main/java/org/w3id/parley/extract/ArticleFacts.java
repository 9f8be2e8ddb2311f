package org.w3id.parley.extract;

import java.util.List;
import java.util.Objects;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.Merge;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.statement.Statement;
import org.w3id.parley.ingest.Article;

/**
 * Everything extracted from one article: the entities it names, the meetings and statements it
 * reports.
 *
 * @param article the article
 * @param entities one per entity, in first-mention order
 * @param meetings meetings, merged within the article
 * @param statements statements in text order
 * @param merges names joined to persons other than by their full label, for review
 */
public record ArticleFacts(
    Article article,
    List<Entity> entities,
    List<Meeting> meetings,
    List<Statement> statements,
    List<Merge> merges) {
  public ArticleFacts {
    merges = List.copyOf(merges);
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    meetings = List.copyOf(meetings);
    statements = List.copyOf(statements);
  }
}
