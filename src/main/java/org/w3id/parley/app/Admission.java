package org.w3id.parley.app;

import java.util.Locale;
import java.util.Optional;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.store.StoredArticle;

/**
 * What a run does with an article it has read, decided before CoreNLP sees it, from the article and
 * what the destination (store or folder) holds under its id: extract it, skip it as unchanged, or
 * refuse it. The ingest pipeline and the Spark job decide alike.
 *
 * <pre>{@code
 * Admission a = Admission.of(article, origin, destination.stored(iri), options, false);
 * }</pre>
 */
sealed interface Admission {
  /**
   * To extract and write.
   *
   * @param existed whether the destination has an older version of it
   * @param sourceKey the key of the file it was read from
   */
  record Extract(String fingerprint, boolean existed, Optional<String> sourceKey)
      implements Admission {}

  /** Held unchanged; {@code movedTo} is its new source key, if it was read from another file. */
  record Unchanged(Optional<String> movedTo) implements Admission {}

  /** Refused, with what is wrong. */
  record Refused(String message) implements Admission {}

  /**
   * Decides for one article.
   *
   * @param origin where it was read from, as {@link org.w3id.parley.ingest.ArticleSink} gives it
   * @param stored what the destination has under its id
   * @param force extract it even if unchanged
   */
  static Admission of(
      Article a,
      Optional<String> origin,
      Optional<StoredArticle> stored,
      IngestOptions options,
      boolean force) {
    if (a.text().length() > options.maxArticleChars()) {
      return new Refused(
          String.format(
              Locale.ROOT,
              "the article has %,d characters, more than the %,d allowed (--max-article-chars)",
              a.text().length(),
              options.maxArticleChars()));
    }
    String fingerprint = Fingerprint.of(a, Extractor.VERSION);
    Optional<String> key = origin.map(Fingerprint::ofSource);
    Optional<String> storedKey = stored.flatMap(StoredArticle::sourceKey);
    boolean otherSource =
        key.isPresent() && storedKey.filter(k -> !k.equals(key.get())).isPresent();
    if (!force && stored.filter(s -> s.fingerprint().equals(fingerprint)).isPresent()) {
      return new Unchanged(otherSource ? key : Optional.empty());
    }
    if (otherSource && !options.replace()) {
      return new Refused(
          "article id '"
              + a.id()
              + "' is already in the store, read from another file; give this article another"
              + " id, or pass --replace to replace that one");
    }
    return new Extract(fingerprint, stored.isPresent(), key);
  }
}
