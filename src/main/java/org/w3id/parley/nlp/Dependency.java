package org.w3id.parley.nlp;

/**
 * A Universal Dependencies edge (enhanced++) between two tokens of one sentence.
 *
 * @param governor index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name with its subtype, e.g. {@code nsubj}, {@code obl:with}, {@code
 *     nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation)
    implements java.io.Serializable {}
