package org.w3id.parley.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Parses one JSON Lines line: an object with string fields {@code id}, {@code date} (YYYY-MM-DD),
 * {@code text}, and optional {@code title} and {@code url}. Whatever the line holds, the answer is
 * an article or one rejection: nesting deeper than {@value #MAX_DEPTH} is refused before Jena's
 * recursive parser could overflow its stack on it.
 */
final class JsonLinesParser {
  /** Deepest nesting of arrays and objects a line may have; an article needs 1. */
  static final int MAX_DEPTH = 32;

  /** Returns an {@link Article} or a {@link Rejection} for the line {@code where}. */
  Object parseLine(String where, String line) {
    int depth = depth(line);
    if (depth > MAX_DEPTH) {
      return new Rejection(
          where,
          "malformed JSON: nested more than "
              + MAX_DEPTH
              + " levels deep; expected an object with id, date and text");
    }
    JsonValue value;
    try {
      value = JSON.parseAny(line);
    } catch (RuntimeException | StackOverflowError e) {
      return new Rejection(where, "malformed JSON: " + firstLine(e.getMessage()));
    }
    if (!value.isObject()) {
      return new Rejection(where, "expected a JSON object with id, date and text");
    }
    try {
      return article(where, value.getAsObject());
    } catch (IllegalArgumentException e) {
      return new Rejection(where, e.getMessage());
    }
  }

  private static Article article(String where, JsonObject obj) {
    String rawId = required(obj, "id");
    String dateText = required(obj, "date");
    String text = required(obj, "text");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "invalid date '" + ArticleRules.show(dateText) + "': expected YYYY-MM-DD");
    }
    ArticleRules.dateProblem(date).ifPresent(ArticleRules::fail);
    String clean = text.replace("\r\n", "\n").strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("field 'text' is empty");
    }
    ArticleRules.textProblem(clean).ifPresent(p -> ArticleRules.fail("field 'text': " + p));
    String id = ArticleId.ofJson(rawId);
    Optional<String> url = optional(obj, "url");
    url.ifPresent(JsonLinesParser::checkUrl);
    return new Article(id, date, optional(obj, "title"), url, clean, where);
  }

  // The url becomes an IRI in the graph and a link on the article's page: http(s) only.
  private static void checkUrl(String url) {
    try {
      IRIx iri = IRIx.create(url);
      String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
      if (!iri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
        ArticleRules.fail(
            "field 'url' '" + ArticleRules.show(url) + "' must be an http or https address");
      }
    } catch (IRIException e) {
      ArticleRules.fail(
          "field 'url' '"
              + ArticleRules.show(url)
              + "' is not a valid address: "
              + ArticleRules.show(String.valueOf(e.getMessage()), 120));
    }
  }

  private static String required(JsonObject obj, String field) {
    JsonValue v = obj.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    if (!v.isString()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.getAsString().value();
  }

  private static Optional<String> optional(JsonObject obj, String field) {
    JsonValue v = obj.get(field);
    if (v == null || !v.isString() || v.getAsString().value().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.getAsString().value().strip());
  }

  /** The deepest nesting of {@code [} and {@code {} outside strings; a cheap scan, no recursion. */
  static int depth(String line) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return ArticleRules.show(nl < 0 ? message : message.substring(0, nl), 200);
  }
}
