package org.w3id.parley.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement as the scorer sees it (the columns of the reference scorer's TSV).
 *
 * @param article article id
 * @param content the quoted or reported content
 * @param speaker the words that name the speaker in this attribution, if any
 * @param speakerText those words as text ("" if none)
 * @param canonicalText the speaker entity's label ("" if none)
 */
public record SystemStatement(
    String article,
    CodePoints content,
    Optional<CodePoints> speaker,
    String speakerText,
    String canonicalText) {
  public SystemStatement {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(speaker, "speaker");
    speakerText = speakerText == null ? "" : speakerText.strip();
    canonicalText = canonicalText == null ? "" : canonicalText.strip();
  }

  /** No speaker at all: counted apart, outside precision and recall. */
  public boolean unattributed() {
    return speaker.isEmpty() && speakerText.isEmpty() && canonicalText.isEmpty();
  }
}
