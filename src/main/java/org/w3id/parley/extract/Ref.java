package org.w3id.parley.extract;

/**
 * A resolved reference: the entity, and the words in the text that referred to it ("he", "Lavrov",
 * "the Russian foreign minister").
 *
 * @param entity the entity
 * @param words the referring words
 */
record Ref(EntityRef entity, Span words) {}
