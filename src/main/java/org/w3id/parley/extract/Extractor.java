package org.w3id.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.entity.MentionFinder;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.MergeRecorder;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.extract.entity.PersonIdentity;
import org.w3id.parley.extract.entity.QuotedSpeaker;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.entity.RoleFinder;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingExtractor;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.extract.statement.QuoteFinder;
import org.w3id.parley.extract.statement.Statement;
import org.w3id.parley.extract.statement.StatementExtractor;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;

/**
 * Turns one annotated article into facts: entities (persons under the article's own keys: which are
 * whose in other articles is resolution's question, {@code resolve/}), meetings and statements,
 * each with its evidence. Plain Java over Parley's own NLP records; testable without CoreNLP.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(Gazetteer.bundled());
 * ArticleFacts facts = extractor.extract(article, NlpPipeline.shared().annotate(article.text(), article.published()));
 * }</pre>
 */
public final class Extractor {
  /**
   * The extractor's version, derived from its code and word lists ({@link ExtractorVersion}), so
   * re-ingesting after any change to them replaces the old facts.
   */
  public static final String VERSION = ExtractorVersion.current();

  private final Gazetteer gazetteer;

  public Extractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Extracts the facts of one article.
   *
   * @param article the article
   * @param annotated CoreNLP's analysis of {@code article.text()}
   */
  public ArticleFacts extract(Article article, AnnotatedText annotated) {
    return extract(article, annotated, Overrides.none());
  }

  /**
   * Extracts the facts of one article, honouring an analyst's overrides (names that must not join a
   * person).
   *
   * @param overrides undone merges, from {@code parley unmerge}
   */
  public ArticleFacts extract(Article article, AnnotatedText annotated, Overrides overrides) {
    if (!annotated.text().equals(article.text())) {
      throw new ExtractionException(
          article.source() + ": annotations do not belong to this article's text");
    }
    Mentions mentions = new MentionFinder(gazetteer).find(annotated, article.published());
    new RoleFinder().apply(mentions);
    PersonIdentity.assign(mentions.clusters());
    MergeRecorder merges = new MergeRecorder(mentions);
    merges.apply(overrides);
    mentions.finish();
    List<Span> quotes = QuoteFinder.find(article.text());
    References refs = new References(mentions, quotes);
    List<Statement> statements =
        new StatementExtractor(mentions, refs, quotes, article.published()).extract();
    List<QuotedSpeaker> quoted = new ArrayList<>();
    for (Statement s : statements) {
      if (s.direct() && s.speaker().isPresent()) {
        quoted.add(new QuotedSpeaker(s.evidence().span(), s.speaker().get()));
      }
    }
    List<Meeting> meetings =
        new MeetingExtractor(mentions, refs, article.published(), quoted).extract();
    return new ArticleFacts(article, mentions.entities(), meetings, statements, merges.merges());
  }
}
