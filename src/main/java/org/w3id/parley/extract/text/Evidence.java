package org.w3id.parley.extract.text;

import java.util.Objects;

/**
 * The text that supports a fact: the exact span, and the sentence(s) around it for a reader.
 *
 * @param span the supporting characters (a quote, a meeting phrase, a name)
 * @param sentence the sentence or sentences that contain the span
 */
public record Evidence(Span span, Span sentence) {
  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    if (!sentence.contains(span)) {
      sentence =
          new Span(Math.min(span.begin(), sentence.begin()), Math.max(span.end(), sentence.end()));
    }
  }
}
