package org.w3id.parley.extract.statement;

import java.time.LocalDate;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extraction;
import org.w3id.parley.extract.entity.Entity;

/** An invented article's facts through the real CoreNLP pipeline, and lookups the tests share. */
final class Extracted {
  final String text;
  final ArticleFacts facts;

  Extracted(String text) {
    this.text = text;
    this.facts = Extraction.of(text, LocalDate.of(2020, 1, 7));
  }

  /** The statement whose quote or content starts with {@code start}; fails the test if none. */
  Statement statement(String start) {
    return facts.statements().stream()
        .filter(s -> s.quote().startsWith(start))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no statement '"
                        + start
                        + "' in "
                        + facts.statements().stream().map(Statement::quote).toList()));
  }

  /** The label of the speaker of the statement that starts with {@code start}, or "". */
  String speakerOf(String start) {
    return statement(start)
        .speaker()
        .flatMap(r -> facts.entities().stream().filter(e -> e.ref().equals(r)).findFirst())
        .map(Entity::label)
        .orElse("");
  }

  /** The words that name the speaker of the statement that starts with {@code start}, or "". */
  String speakerWords(String start) {
    return statement(start).speakerMention().map(m -> m.span().of(text)).orElse("");
  }
}
