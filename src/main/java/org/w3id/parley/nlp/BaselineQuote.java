package org.w3id.parley.nlp;

import java.util.Optional;

/**
 * A quote as CoreNLP's own quote annotator attributes it, for comparison with Parley's statements.
 *
 * @param begin first character of the quote (Java offsets)
 * @param end one past its last character
 * @param speakerBegin first character of the speaker mention, if any
 * @param speakerEnd one past it, if any
 * @param speaker the speaker mention's text ("" if none)
 * @param canonical the canonical speaker CoreNLP resolved ("" if none)
 */
public record BaselineQuote(
    int begin,
    int end,
    Optional<Integer> speakerBegin,
    Optional<Integer> speakerEnd,
    String speaker,
    String canonical) {}
