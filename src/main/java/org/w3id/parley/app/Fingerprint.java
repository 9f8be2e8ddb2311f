package org.w3id.parley.app;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.w3id.parley.ingest.Article;

/** The fingerprint that decides whether re-ingesting an article changes anything. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * SHA-256 over everything that affects the article's graph: its input fields and the extractor
   * version.
   */
  static String of(Article a, String extractorVersion) {
    Hasher h = Hashing.sha256().newHasher();
    for (String part :
        new String[] {
          extractorVersion,
          a.id(),
          a.published().toString(),
          a.title().orElse(""),
          a.url().orElse(""),
          a.text()
        }) {
      h.putInt(part.length()).putString(part, StandardCharsets.UTF_8);
    }
    return h.hash().toString();
  }

  /**
   * The key the store keeps for an article's source file: a hash of its real path, so that the
   * store can tell two files apart without holding (and serving) where they lie on disk.
   */
  static String ofSource(String origin) {
    return Hashing.sha256().hashString(origin, StandardCharsets.UTF_8).toString();
  }
}
