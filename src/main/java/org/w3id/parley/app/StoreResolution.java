package org.w3id.parley.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ResolvedGraph;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * Cross-article identity for a whole store, after a run has written its articles with their own
 * person keys: every article's persons (the names it uses, its roles and countries, as its graph
 * keeps them) resolved at once ({@link PersonResolution}), and each article whose persons' keys or
 * labels that changes written again ({@link ResolvedGraph}), one transaction per article. Links to
 * Wikidata and undone merges follow a person whose key changes. The store that results depends on
 * the set of articles only, not on the order or the runs they came in.
 *
 * <pre>{@code
 * StoreResolution.Outcome o = StoreResolution.run(store);
 * }</pre>
 */
final class StoreResolution {
  private static final Logger LOG = LoggerFactory.getLogger(StoreResolution.class);
  private static final String PERSON = PARLEY.ID + "person/";
  private static final String ARTICLE = Iris.article("");

  /** What a resolution did: persons in the store, articles written again. */
  record Outcome(int persons, int rewritten) {}

  /** One article's person as its graph keeps it. */
  private static final class Seen {
    final Set<String> names = new HashSet<>();
    final Set<String> labels = new HashSet<>();
    final Set<String> roles = new HashSet<>();
    final Set<String> represents = new HashSet<>();
  }

  private StoreResolution() {}

  static Outcome run(ParleyStore store) {
    long began = System.nanoTime();
    Map<String, Map<String, Seen>> byArticle = read(store);
    List<PersonDescription> descriptions = new ArrayList<>();
    byArticle.forEach(
        (article, persons) ->
            persons.forEach(
                (key, seen) ->
                    descriptions.add(
                        new PersonDescription(
                            article,
                            key,
                            PersonDescription.fullest(seen.names),
                            seen.names,
                            seen.roles,
                            seen.represents))));
    List<PersonResolution.Person> persons =
        new PersonResolution(store.overrides(Iris.overridesGraph())).resolve(descriptions);
    Map<String, Map<String, String>> keys = new TreeMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, Set<String>> renamedTo = new HashMap<>();
    for (PersonResolution.Person p : persons) {
      labels.put(p.key(), p.label());
      for (PersonDescription d : p.members()) {
        keys.computeIfAbsent(d.article(), k -> new HashMap<>()).put(d.key(), p.key());
        renamedTo.computeIfAbsent(d.key(), k -> new HashSet<>()).add(p.key());
      }
    }
    int rewritten = 0;
    for (Map.Entry<String, Map<String, String>> e : keys.entrySet()) {
      String article = e.getKey();
      Map<String, String> mine = e.getValue();
      Map<String, Seen> seen = byArticle.get(article);
      boolean same =
          mine.entrySet().stream()
              .allMatch(
                  k ->
                      k.getKey().equals(k.getValue())
                          && seen.get(k.getKey()).labels.equals(Set.of(labels.get(k.getValue()))));
      if (!same) {
        rewrite(store, article, seen, mine, labels);
        rewritten++;
      }
    }
    followRenames(store, renamedTo, labels.keySet());
    LOG.info(
        "resolved {} article persons into {} persons; {} articles written again in {} s",
        descriptions.size(),
        persons.size(),
        rewritten,
        String.format("%.1f", (System.nanoTime() - began) / 1e9));
    return new Outcome(persons.size(), rewritten);
  }

  /** Every article's persons, by article id and the key its graph gives them. */
  private static Map<String, Map<String, Seen>> read(ParleyStore store) {
    String q =
        """
        PREFIX parley: <https://w3id.org/parley/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?g ?p ?name ?label ?role ?iso WHERE {
          GRAPH ?g {
            ?p a parley:Person ; skos:altLabel ?name ; rdfs:label ?label .
            OPTIONAL { ?p parley:role ?role }
            OPTIONAL { ?p parley:represents/parley:iso2 ?iso }
          }
        }""";
    Map<String, Map<String, Seen>> out = new TreeMap<>();
    store.select(
        q,
        (QuerySolution s) -> {
          String g = s.getResource("g").getURI();
          String p = s.getResource("p").getURI();
          if (!g.startsWith(ARTICLE) || !p.startsWith(PERSON)) {
            return;
          }
          Seen seen =
              out.computeIfAbsent(g.substring(ARTICLE.length()), k -> new TreeMap<>())
                  .computeIfAbsent(p.substring(PERSON.length()), k -> new Seen());
          seen.names.add(s.getLiteral("name").getString());
          seen.labels.add(s.getLiteral("label").getString());
          add(seen.roles, s.get("role"));
          add(seen.represents, s.get("iso"));
        });
    return out;
  }

  private static void add(Set<String> set, RDFNode value) {
    if (value != null && value.isLiteral()) {
      set.add(value.asLiteral().getString());
    }
  }

  private static void rewrite(
      ParleyStore store,
      String article,
      Map<String, Seen> seen,
      Map<String, String> keys,
      Map<String, String> labels) {
    String graph = Iris.article(article);
    String mergesGraph = Iris.mergesGraph(article);
    Model[] current = new Model[2];
    Txn.executeRead(
        store.dataset(),
        () -> {
          current[0] = ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(graph));
          current[1] =
              ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(mergesGraph));
        });
    Model resolved = ResolvedGraph.article(current[0], article, keys, labels);
    Model merges = ResolvedGraph.merges(current[1], article, keys);
    Map<String, Set<String>> own = new HashMap<>();
    Map<String, String> fullest = new HashMap<>();
    seen.forEach(
        (key, names) -> {
          own.put(key, names.names);
          fullest.put(key, PersonDescription.fullest(names.names));
        });
    ResolvedGraph.recordJoins(resolved, merges, article, keys, labels, own, fullest);
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(graph, resolved);
    graphs.put(mergesGraph, merges);
    store.replaceGraphs(graphs);
  }

  /**
   * Links and undone merges name persons by key: one whose articles' persons all became one other
   * person follows it.
   */
  private static void followRenames(
      ParleyStore store, Map<String, Set<String>> renamedTo, Set<String> now) {
    Map<String, String> moved = new TreeMap<>();
    renamedTo.forEach(
        (old, to) -> {
          if (!now.contains(old) && to.size() == 1) {
            moved.put(old, to.iterator().next());
          }
        });
    if (moved.isEmpty()) {
      return;
    }
    for (String graph : List.of(Iris.linksGraph(), Iris.overridesGraph())) {
      Model[] current = new Model[1];
      Txn.executeRead(
          store.dataset(),
          () ->
              current[0] =
                  store.dataset().containsNamedModel(graph)
                      ? ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(graph))
                      : null);
      if (current[0] == null || current[0].isEmpty()) {
        continue;
      }
      if (ResolvedGraph.renamePersons(current[0], moved)) {
        store.replaceGraph(graph, current[0]);
      }
    }
  }
}
