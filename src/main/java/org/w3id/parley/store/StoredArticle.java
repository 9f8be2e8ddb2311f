package org.w3id.parley.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What the store holds about an article: its fingerprint and the key of its source.
 *
 * @param fingerprint the article's {@code parley:sha256}
 * @param sourceKey the key of the source it was read from, if recorded (stores written before
 *     Parley recorded sources have none)
 */
public record StoredArticle(String fingerprint, Optional<String> sourceKey) {
  public StoredArticle {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(sourceKey, "sourceKey");
  }
}
