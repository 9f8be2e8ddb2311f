package org.w3id.parley.serve;

import java.util.Objects;

/**
 * One of the analyst queries of {@code queries/}, as the query page offers it: {@code id} is the
 * file name without {@code .rq}, {@code comment} and {@code parameters} the text of its leading
 * comment block ("" when it has none), {@code query} the SPARQL below that block.
 */
record ExampleQuery(
    String id, String number, String name, String comment, String parameters, String query) {
  ExampleQuery {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(parameters, "parameters");
    requireText(id, "id", id);
    requireText(id, "number", number);
    requireText(id, "name", name);
    requireText(id, "query", query);
  }

  private static void requireText(String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("example query " + id + ": empty " + field);
    }
  }
}
