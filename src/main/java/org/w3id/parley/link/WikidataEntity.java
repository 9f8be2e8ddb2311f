package org.w3id.parley.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What Parley needs of a Wikidata item: its English label and the item values of its claims.
 *
 * @param id the item id, {@code Q20931}
 * @param label English label ("" if none)
 * @param claims property id ({@code P31}) to the item ids it points to
 * @param positions positions held (P39) with their start and end, where given
 */
public record WikidataEntity(
    String id, String label, Map<String, List<String>> claims, List<Position> positions) {
  public WikidataEntity {
    claims = Map.copyOf(claims);
    positions = List.copyOf(positions);
  }

  /**
   * A position held (P39).
   *
   * @param item the position's item id
   * @param start start time (P580), if given
   * @param end end time (P582), if given
   */
  public record Position(
      String item,
      java.util.Optional<java.time.LocalDate> start,
      java.util.Optional<java.time.LocalDate> end) {
    /** Whether the position was held on a day (unknown bounds count as open). */
    public boolean heldOn(java.time.LocalDate day) {
      return start.map(s -> !s.isAfter(day)).orElse(true)
          && end.map(e -> !e.isBefore(day)).orElse(true);
    }
  }

  /** Whether the item is an instance of human (P31 Q5). */
  public boolean human() {
    return claims.getOrDefault("P31", List.of()).contains("Q5");
  }

  /** Countries of citizenship (P27). */
  public List<String> citizenship() {
    return claims.getOrDefault("P27", List.of());
  }

  static WikidataEntity of(String id, JsonObject o) {
    String label = "";
    JsonValue labels = o.get("labels");
    if (labels != null && labels.isObject() && labels.getAsObject().hasKey("en")) {
      label = labels.getAsObject().get("en").getAsObject().getString("value");
    }
    Map<String, List<String>> claims = new TreeMap<>();
    List<Position> positions = new ArrayList<>();
    JsonValue c = o.get("claims");
    if (c != null && c.isObject()) {
      for (String property : c.getAsObject().keys()) {
        List<String> values = new ArrayList<>();
        for (JsonValue claim : c.getAsObject().get(property).getAsArray()) {
          JsonValue value = path(claim, "mainsnak", "datavalue", "value");
          if (value != null && value.isObject() && value.getAsObject().hasKey("id")) {
            values.add(value.getAsObject().getString("id"));
            if (property.equals("P39")) {
              positions.add(
                  new Position(
                      value.getAsObject().getString("id"),
                      time(claim, "P580"),
                      time(claim, "P582")));
            }
          }
        }
        claims.put(property, values);
      }
    }
    return new WikidataEntity(id, label, claims, positions);
  }

  /** A qualifier's day, from Wikidata's "+2004-03-09T00:00:00Z" (month or day 00 read as 01). */
  private static java.util.Optional<java.time.LocalDate> time(JsonValue claim, String qualifier) {
    JsonValue q = path(claim, "qualifiers", qualifier);
    if (q == null || !q.isArray() || q.getAsArray().isEmpty()) {
      return java.util.Optional.empty();
    }
    JsonValue t = path(q.getAsArray().get(0), "datavalue", "value", "time");
    if (t == null || !t.isString()) {
      return java.util.Optional.empty();
    }
    String v = t.getAsString().value();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^[+]?(\\d{4})-(\\d{2})-(\\d{2})").matcher(v);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        java.time.LocalDate.of(
            Integer.parseInt(m.group(1)),
            Math.max(1, Integer.parseInt(m.group(2))),
            Math.max(1, Integer.parseInt(m.group(3)))));
  }

  private static JsonValue path(JsonValue v, String... keys) {
    JsonValue cur = v;
    for (String k : keys) {
      if (cur == null || !cur.isObject()) {
        return null;
      }
      cur = cur.getAsObject().get(k);
    }
    return cur;
  }
}
