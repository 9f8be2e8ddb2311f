package org.w3id.parley.eval;

import java.util.Objects;

/**
 * One gold attribution: who (source) said what (content).
 *
 * @param source the source span (empty where the gold names the source without a span, as news-gold
 *     does)
 * @param content the content span (discontinuous spans taken from the first begin to the last end)
 * @param sourceText the source as annotated; empty for an unnamed source ("officials said")
 * @param contentText the content as annotated
 * @param direct whether the content is a direct quote
 */
public record GoldRelation(
    CodePoints source, CodePoints content, String sourceText, String contentText, boolean direct) {
  public GoldRelation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(contentText, "contentText");
  }

  /**
   * A PolNeAR relation: a direct quote when the content contains a double quotation mark, as the
   * reference scorer decides.
   */
  public GoldRelation(
      CodePoints source, CodePoints content, String sourceText, String contentText) {
    this(
        source,
        content,
        sourceText,
        contentText,
        contentText.indexOf('\u201c') >= 0
            || contentText.indexOf('\u201d') >= 0
            || contentText.indexOf('"') >= 0);
  }

  /**
   * Whether the gold says the source is not named (news-gold's null speaker): then a system speaker
   * that is words but no entity ("sources said") is right, and a named one is wrong.
   */
  public boolean unnamedSource() {
    return sourceText.isBlank() && source.length() == 0;
  }
}
