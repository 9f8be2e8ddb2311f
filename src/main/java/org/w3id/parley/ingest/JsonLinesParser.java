package org.w3id.parley.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Parses JSON Lines: one object per line with string fields {@code id}, {@code date} (YYYY-MM-DD),
 * {@code text}, and optional {@code title} and {@code url}. Blank lines are skipped; each bad line
 * is one rejection.
 */
final class JsonLinesParser {

  /** Returns {@link Article}s and {@link Rejection}s in line order. */
  List<Object> parse(String source, String content) {
    List<Object> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        out.add(parseLine(source + " line " + (i + 1), line));
      }
    }
    if (out.isEmpty()) {
      out.add(new Rejection(source, "no JSON lines in file"));
    }
    return out;
  }

  private Object parseLine(String where, String line) {
    JsonValue value;
    try {
      value = JSON.parseAny(line);
    } catch (JsonException | IllegalArgumentException e) {
      return new Rejection(where, "malformed JSON: " + firstLine(e.getMessage()));
    }
    if (!value.isObject()) {
      return new Rejection(where, "expected a JSON object with id, date and text");
    }
    JsonObject obj = value.getAsObject();
    String id;
    String dateText;
    String text;
    try {
      id = required(obj, "id");
      dateText = required(obj, "date");
      text = required(obj, "text");
    } catch (IllegalArgumentException e) {
      return new Rejection(where, e.getMessage());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dateText.strip());
    } catch (DateTimeParseException e) {
      return new Rejection(
          where,
          "invalid date '" + TextArticleParser.abbreviate(dateText) + "': expected YYYY-MM-DD");
    }
    String clean = text.replace("\r\n", "\n").strip();
    if (clean.isEmpty()) {
      return new Rejection(where, "field 'text' is empty");
    }
    int control = ArticleReader.firstBinaryCharacter(clean);
    if (control >= 0) {
      return new Rejection(
          where, "field 'text' has a control character at " + control + "; expected plain text");
    }
    String sanitized = Article.sanitizeId(id);
    if (sanitized.isEmpty()) {
      return new Rejection(where, "field 'id' gives no usable article id");
    }
    return new Article(sanitized, date, optional(obj, "title"), optional(obj, "url"), clean, where);
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

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
