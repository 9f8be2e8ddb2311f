package org.w3id.parley.ingest;

import java.util.Objects;

/**
 * An input that could not become an article, with a message that names the file (and line) and says
 * what would have been valid.
 *
 * @param source the file, or file and line, e.g. {@code "feed.jsonl line 3"}
 * @param message what is wrong, e.g. {@code "expected 'date YYYY-MM-DD', found 'Dec 3 2019'"}
 */
public record Rejection(String source, String message) {
  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** The one line the CLI prints. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
