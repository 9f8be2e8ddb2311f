package org.w3id.parley.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.query.QuerySolution;
import org.w3id.parley.store.ParleyStore;

/** Reads the entities to link: each one's longest label (the fullest name the articles give). */
final class Labels {
  private Labels() {}

  /**
   * Runs a SELECT with {@code ?p} (the entity) and {@code ?label}; returns entity IRI to its
   * longest label, and hands every row to {@code also} for extra columns.
   */
  static Map<String, String> longest(
      ParleyStore store, String sparql, BiConsumer<String, QuerySolution> also) {
    Map<String, String> names = new LinkedHashMap<>();
    store.select(
        sparql,
        row -> {
          String p = row.getResource("p").getURI();
          names.merge(
              p, row.getLiteral("label").getString(), (a, b) -> b.length() > a.length() ? b : a);
          also.accept(p, row);
        });
    return names;
  }
}
