package org.w3id.parley.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ParleyStore;

/**
 * {@code parley link --wikidata}: links persons to Wikidata items. A person is linked only when one
 * human item (P31 Q5) fits: its citizenship (P27) includes a country the article says the person
 * represents, or, for a person with no known country, its English label is the person's full name
 * and no other human fits. Links go to their own graph ({@code pid:links}), so re-ingesting
 * articles keeps them.
 *
 * <pre>{@code
 * PersonLinker.Report r = new PersonLinker(store, client).link();
 * }</pre>
 */
public final class PersonLinker {
  static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private static final String PERSONS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      SELECT ?p ?label ?country ?article WHERE {
        ?p a parley:Person ; rdfs:label ?label .
        OPTIONAL { ?p parley:represents/owl:sameAs ?country }
        OPTIONAL { ?p parley:wikipedia ?article }
        FILTER NOT EXISTS { ?p owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
      }""";

  /**
   * What a run did.
   *
   * @param considered persons with a full name and no link yet
   * @param linked persons linked now
   * @param organisations organisations linked now
   * @param ambiguous persons for which several items fit
   * @param unmatched persons for which no item fits
   * @param roleDisagreements roles the articles give that Wikidata's positions on that date do not
   *     show
   * @param requests requests sent to Wikidata (the rest came from the cache)
   */
  public record Report(
      int considered,
      int linked,
      int organisations,
      int ambiguous,
      int unmatched,
      int roleDisagreements,
      int requests) {}

  private final ParleyStore store;
  private final WikidataClient wikidata;

  public PersonLinker(ParleyStore store, WikidataClient wikidata) {
    this.store = store;
    this.wikidata = wikidata;
  }

  /**
   * Links what it can; throws {@link LinkException} (and writes nothing) if Wikidata is
   * unreachable.
   */
  public Report link() {
    Map<String, Set<String>> countries = new LinkedHashMap<>();
    Map<String, String> articles = new LinkedHashMap<>();
    Map<String, String> names =
        Labels.longest(
            store,
            PERSONS,
            (p, row) -> {
              if (row.contains("article")) {
                articles.put(p, row.getResource("article").getURI());
              }
              Set<String> cs = countries.computeIfAbsent(p, k -> new LinkedHashSet<>());
              if (row.contains("country")
                  && row.getResource("country").getURI().startsWith(WIKIDATA)) {
                cs.add(row.getResource("country").getURI().substring(WIKIDATA.length()));
              }
            });
    Model links = ModelFactory.createDefaultModel();
    int considered = 0;
    int ambiguous = 0;
    int unmatched = 0;
    for (var e : names.entrySet()) {
      String name = e.getValue();
      if (name.trim().split("\\s+").length < 2) {
        continue; // a surname alone is too ambiguous to look up
      }
      considered++;
      List<WikidataEntity> fits =
          articles.containsKey(e.getKey())
              ? fromArticle(articles.get(e.getKey()), countries.get(e.getKey()))
              : fits(name, countries.get(e.getKey()));
      if (fits.size() == 1) {
        links.add(
            links.createResource(e.getKey()),
            OWL.sameAs,
            links.createResource(WIKIDATA + fits.get(0).id()));
      } else if (fits.isEmpty()) {
        unmatched++;
      } else {
        ambiguous++;
      }
    }
    int organisations = linkOrganisations(links);
    if (!links.isEmpty()) {
      store.addToGraph(Iris.linksGraph(), links);
    }
    int disagreements = new RoleChecker(store, wikidata).check();
    int linked = (int) links.size() - organisations;
    return new Report(
        considered,
        linked,
        organisations,
        ambiguous,
        unmatched,
        disagreements,
        wikidata.requests());
  }

  private static final String ORGANISATIONS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      SELECT DISTINCT ?p ?label WHERE {
        ?p a parley:Organization ; rdfs:label ?label .
        FILTER NOT EXISTS { ?p owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
      }""";

  /**
   * Organisations: linked when exactly one search result is not a human and carries the
   * organisation's name as its English label ("Taliban", "OSCE Minsk Group").
   */
  private int linkOrganisations(Model links) {
    Map<String, String> names = Labels.longest(store, ORGANISATIONS, (o, row) -> {});
    int linked = 0;
    for (var e : names.entrySet()) {
      List<String> ids = wikidata.search(e.getValue());
      if (ids.isEmpty()) {
        continue;
      }
      List<WikidataEntity> fits =
          wikidata.entities(ids).values().stream()
              .filter(w -> !w.human() && w.label().equalsIgnoreCase(e.getValue()))
              .toList();
      if (fits.size() == 1) {
        links.add(
            links.createResource(e.getKey()),
            OWL.sameAs,
            links.createResource(WIKIDATA + fits.get(0).id()));
        linked++;
      }
    }
    return linked;
  }

  /** The item of the person's Wikipedia article, checked to be a human who fits the countries. */
  private List<WikidataEntity> fromArticle(String url, Set<String> countries) {
    String title = url.substring(url.lastIndexOf('/') + 1);
    return wikidata
        .itemOfArticle(java.net.URLDecoder.decode(title, java.nio.charset.StandardCharsets.UTF_8))
        .map(
            id ->
                wikidata.entities(List.of(id)).values().stream()
                    .filter(WikidataEntity::human)
                    .filter(
                        w ->
                            countries.isEmpty()
                                || w.citizenship().stream().anyMatch(countries::contains))
                    .toList())
        .orElse(List.of());
  }

  private List<WikidataEntity> fits(String name, Set<String> countries) {
    List<String> ids = wikidata.search(name);
    if (ids.isEmpty()) {
      return List.of();
    }
    List<WikidataEntity> humans = new ArrayList<>();
    for (WikidataEntity w : wikidata.entities(ids).values()) {
      if (w.human()) {
        humans.add(w);
      }
    }
    if (!countries.isEmpty()) {
      return humans.stream()
          .filter(w -> w.citizenship().stream().anyMatch(countries::contains))
          .toList();
    }
    return humans.stream().filter(w -> w.label().equalsIgnoreCase(name)).toList();
  }
}
