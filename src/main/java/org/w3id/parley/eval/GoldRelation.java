package org.w3id.parley.eval;

import java.util.Objects;

/**
 * One gold attribution: who (source) said what (content).
 *
 * @param source the source span
 * @param content the content span (discontinuous spans taken from the first begin to the last end)
 * @param sourceText the source as annotated
 * @param contentText the content as annotated
 */
public record GoldRelation(
    CodePoints source, CodePoints content, String sourceText, String contentText) {
  public GoldRelation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(contentText, "contentText");
  }

  /** A direct quote: the content contains a double quotation mark. */
  public boolean direct() {
    return contentText.indexOf('\u201c') >= 0
        || contentText.indexOf('\u201d') >= 0
        || contentText.indexOf('"') >= 0;
  }
}
