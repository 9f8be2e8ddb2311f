package org.w3id.parley.extract.entity;

import java.util.Objects;
import org.w3id.parley.extract.text.Span;

/**
 * Who says the words of one direct quote: what lets "I" inside the quote be read as its speaker
 * ("\"I've met Mr. Trump,\" Gorka said"). Made by the statement extraction, read by the meeting
 * extraction, which do not know each other.
 *
 * @param quote the quoted words
 * @param speaker who says them
 */
public record QuotedSpeaker(Span quote, EntityRef speaker) {
  public QuotedSpeaker {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(speaker, "speaker");
  }
}
