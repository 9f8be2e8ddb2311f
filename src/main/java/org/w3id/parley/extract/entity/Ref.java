package org.w3id.parley.extract.entity;

import org.w3id.parley.extract.text.Span;

/**
 * A resolved reference: the entity, and the words in the text that referred to it ("he", "Lavrov",
 * "the Russian foreign minister").
 *
 * @param entity the entity
 * @param words the referring words
 */
public record Ref(EntityRef entity, Span words) {}
