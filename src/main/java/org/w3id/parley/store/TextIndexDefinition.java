package org.w3id.parley.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.vocab.PARLEY;

/**
 * What the full-text index (jena-text, Lucene) holds: which literals are indexed and under which
 * Lucene field. {@code fuseki-config.ttl} declares the same index for the server, and a test keeps
 * the two equal, since the server's index is written by Parley's ingest.
 *
 * <p>Every document carries its entity (the subject IRI) and the article graph it came from, so
 * replacing an article's graph removes exactly that graph's documents, and {@code GRAPH ?g {...}}
 * restricts a search to articles.
 */
public final class TextIndexDefinition {
  /** Lucene field of the subject IRI. */
  public static final String ENTITY_FIELD = "uri";

  /** Lucene field of the graph (article) a literal came from. */
  public static final String GRAPH_FIELD = "graph";

  /** Lucene field that identifies one indexed quad, so it can be deleted. */
  public static final String UID_FIELD = "uid";

  /** Lucene field of a literal's language tag or datatype. */
  public static final String LANG_FIELD = "lang";

  /** The field searched when a query names no property: the article text. */
  public static final String DEFAULT_FIELD = "text";

  /** Field → the predicates whose literals it indexes. */
  public static final Map<String, List<Node>> FIELDS =
      Map.of(
          "text", List.of(PARLEY.text.asNode()),
          "title", List.of(PARLEY.title.asNode()),
          "quote", List.of(PARLEY.quote.asNode()),
          "name", List.of(RDFS.label.asNode(), SKOS.altLabel.asNode()));

  private TextIndexDefinition() {}

  /** The jena-text entity map for {@link #FIELDS}. */
  public static EntityDefinition entityDefinition() {
    EntityDefinition def =
        new EntityDefinition(ENTITY_FIELD, DEFAULT_FIELD, FIELDS.get(DEFAULT_FIELD).get(0));
    FIELDS.forEach(
        (field, predicates) -> {
          for (Node p : predicates) {
            if (!field.equals(DEFAULT_FIELD)) {
              def.set(field, p);
            }
          }
        });
    def.setGraphField(GRAPH_FIELD);
    def.setUidField(UID_FIELD);
    def.setLangField(LANG_FIELD);
    return def;
  }

  /**
   * The index configuration: Lucene's standard analyser, values stored (so a query can return the
   * matching literal and highlight it).
   */
  public static TextIndexConfig config() {
    TextIndexConfig config = new TextIndexConfig(entityDefinition());
    config.setValueStored(true);
    return config;
  }
}
