package org.w3id.parley.export;

import java.util.Objects;

/**
 * A node of the exported network.
 *
 * @param id the resource IRI
 * @param type Person, Country, Organization, Place, Meeting or Statement
 * @param label display label
 * @param country label of the node's country (a person's, a place's), "" if none
 * @param wikidata Wikidata IRI, "" if none
 * @param wikipedia Wikipedia IRI, "" if none
 */
public record GraphNode(
    String id, String type, String label, String country, String wikidata, String wikipedia) {
  public GraphNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    label = label == null ? "" : label;
    country = country == null ? "" : country;
    wikidata = wikidata == null ? "" : wikidata;
    wikipedia = wikipedia == null ? "" : wikipedia;
  }
}
