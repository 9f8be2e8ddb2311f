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
 */
public record WikidataEntity(String id, String label, Map<String, List<String>> claims) {
  public WikidataEntity {
    claims = Map.copyOf(claims);
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
    JsonValue c = o.get("claims");
    if (c != null && c.isObject()) {
      for (String property : c.getAsObject().keys()) {
        List<String> values = new ArrayList<>();
        for (JsonValue claim : c.getAsObject().get(property).getAsArray()) {
          JsonValue value = path(claim, "mainsnak", "datavalue", "value");
          if (value != null && value.isObject() && value.getAsObject().hasKey("id")) {
            values.add(value.getAsObject().getString("id"));
          }
        }
        claims.put(property, values);
      }
    }
    return new WikidataEntity(id, label, claims);
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
