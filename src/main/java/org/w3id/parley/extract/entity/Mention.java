package org.w3id.parley.extract.entity;

import org.w3id.parley.extract.text.Span;

/**
 * A stretch of tokens in one sentence that names an entity.
 *
 * @param sentence sentence index
 * @param first first token index
 * @param last last token index, inclusive
 * @param span character span
 * @param ref the entity named
 */
public record Mention(int sentence, int first, int last, Span span, EntityRef ref) {
  boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && first <= token && token <= last;
  }
}
