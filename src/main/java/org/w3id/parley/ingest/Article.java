package org.w3id.parley.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from input, before any NLP: its identity, publication date and the exact
 * text that every character offset Parley writes points into.
 *
 * @param id stable identity (the file's path below the folder given, without extension, or the
 *     JSONL {@code id}); see {@link ArticleId}
 * @param published publication date; relative dates in the text are resolved against it
 * @param title title, if the input has one
 * @param url source address, if the input has one
 * @param text the article text, exactly as stored in {@code parley:text}
 * @param source where it came from, for messages: {@code "seeds/a.txt"} or {@code "feed.jsonl line
 *     3"}
 */
public record Article(
    String id,
    LocalDate published,
    Optional<String> title,
    Optional<String> url,
    String text,
    String source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (!ArticleId.isValid(id)) {
      throw new IllegalArgumentException("invalid article id '" + id + "': " + ArticleId.RULE);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("article '" + id + "' has no text");
    }
  }

  /** Turns any string into a valid id by replacing other characters with '-'. */
  public static String sanitizeId(String raw) {
    String cleaned = raw.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+", "");
    return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
  }
}
