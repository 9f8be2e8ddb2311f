package org.w3id.parley.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ResolvedGraph;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.vocab.PARLEY;

/**
 * Who is who across a set of articles, decided from all their persons at once as the article graphs
 * keep them (the names each article uses, its roles and countries), and each article's graphs as
 * they are once that is decided. The store resolves after every run ({@link StoreResolution});
 * {@code parley load} resolves a folder of extracted articles the same way, so both give one graph.
 *
 * <pre>{@code
 * Resolution.Persons seen = new Resolution.Persons();
 * seen.read(dataset);                       // any number of datasets
 * Resolution r = Resolution.of(seen, overrides);
 * if (r.changes("a1")) graphs = r.resolve("a1", articleGraph, mergesGraph);
 * }</pre>
 */
final class Resolution {
  private static final String PERSON = PARLEY.ID + "person/";
  private static final String ARTICLE = Iris.article("");
  private static final String QUERY =
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

  /** One article's person as its graph keeps it. */
  private static final class Seen {
    final Set<String> names = new HashSet<>();
    final Set<String> labels = new HashSet<>();
    final Set<String> roles = new HashSet<>();
    final Set<String> represents = new HashSet<>();
  }

  /** The persons of the articles read so far, by article id and the key its graph gives them. */
  static final class Persons {
    private final Map<String, Map<String, Seen>> byArticle = new TreeMap<>();

    /** The query that reads them, for a caller that runs it itself (in a store's transaction). */
    static String query() {
      return QUERY;
    }

    /** Reads the persons of every article graph in {@code dataset}. */
    void read(Dataset dataset) {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY).build()) {
        qe.execSelect().forEachRemaining(this::add);
      }
    }

    /** Reads the persons of an extracted article's graph. */
    void read(ArticleFolder.Entry e) {
      Dataset ds = DatasetFactory.create();
      ds.addNamedModel(Iris.article(e.articleId()), e.article());
      read(ds);
    }

    /** Adds one row of {@link #query()}. */
    void add(QuerySolution s) {
      String g = s.getResource("g").getURI();
      String p = s.getResource("p").getURI();
      if (!g.startsWith(ARTICLE) || !p.startsWith(PERSON)) {
        return;
      }
      Seen seen =
          byArticle
              .computeIfAbsent(g.substring(ARTICLE.length()), k -> new TreeMap<>())
              .computeIfAbsent(p.substring(PERSON.length()), k -> new Seen());
      seen.names.add(s.getLiteral("name").getString());
      seen.labels.add(s.getLiteral("label").getString());
      addLiteral(seen.roles, s.get("role"));
      addLiteral(seen.represents, s.get("iso"));
    }

    int count() {
      return byArticle.values().stream().mapToInt(Map::size).sum();
    }

    /** Each article's persons as resolution reads them: what that article alone says. */
    List<PersonDescription> descriptions() {
      List<PersonDescription> descriptions = new ArrayList<>();
      byArticle.forEach(
          (article, seen) ->
              seen.forEach(
                  (key, s) ->
                      descriptions.add(
                          new PersonDescription(
                              article,
                              key,
                              PersonDescription.fullest(s.names),
                              s.names,
                              s.roles,
                              s.represents))));
      return descriptions;
    }

    private static void addLiteral(Set<String> set, RDFNode value) {
      if (value != null && value.isLiteral()) {
        set.add(value.asLiteral().getString());
      }
    }
  }

  private final Map<String, Map<String, Seen>> byArticle;
  private final Map<String, Map<String, String>> keys = new TreeMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Set<String>> renamedTo = new HashMap<>();
  private final int persons;

  private Resolution(
      Map<String, Map<String, Seen>> byArticle, List<PersonResolution.Person> resolved) {
    this.byArticle = byArticle;
    for (PersonResolution.Person p : resolved) {
      labels.put(p.key(), p.label());
      for (PersonDescription d : p.members()) {
        keys.computeIfAbsent(d.article(), k -> new HashMap<>()).put(d.key(), p.key());
        renamedTo.computeIfAbsent(d.key(), k -> new HashSet<>()).add(p.key());
      }
    }
    this.persons = resolved.size();
  }

  /** Resolves the persons read, keeping apart the names analysts split off. */
  static Resolution of(Persons seen, Overrides overrides) {
    return new Resolution(
        seen.byArticle, new PersonResolution(overrides).resolve(seen.descriptions()));
  }

  /**
   * The persons read, as resolution elsewhere decided them ({@link ArticleResolution}): {@code
   * persons} are those the persons read are members of (other members are not needed).
   */
  static Resolution of(Persons seen, List<PersonResolution.Person> persons) {
    return new Resolution(seen.byArticle, persons);
  }

  /** Persons after resolution. */
  int persons() {
    return persons;
  }

  /** The articles that have persons, by id. */
  Set<String> articles() {
    return keys.keySet();
  }

  /** Whether resolution changes any person key or label in the article's graph. */
  boolean changes(String article) {
    Map<String, String> mine = keys.get(article);
    if (mine == null) {
      return false;
    }
    Map<String, Seen> seen = byArticle.get(article);
    return !mine.entrySet().stream()
        .allMatch(
            k ->
                k.getKey().equals(k.getValue())
                    && seen.get(k.getKey()).labels.equals(Set.of(labels.get(k.getValue()))));
  }

  /**
   * The article's graph and merges graph as they are once resolved (by graph IRI, in that order):
   * persons under their resolved keys and labels, and a {@code store-} merge recording each name
   * joined to a person of other articles.
   */
  Map<String, Model> resolve(String article, Model articleGraph, Model mergesGraph) {
    Map<String, String> mine = keys.getOrDefault(article, Map.of());
    Model resolved = ResolvedGraph.article(articleGraph, article, mine, labels);
    Model merges = ResolvedGraph.merges(mergesGraph, article, mine);
    Map<String, Set<String>> own = new HashMap<>();
    Map<String, String> fullest = new HashMap<>();
    byArticle
        .getOrDefault(article, Map.of())
        .forEach(
            (key, s) -> {
              own.put(key, s.names);
              fullest.put(key, PersonDescription.fullest(s.names));
            });
    ResolvedGraph.recordJoins(resolved, merges, article, mine, labels, own, fullest);
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(Iris.article(article), resolved);
    graphs.put(Iris.mergesGraph(article), merges);
    return graphs;
  }

  /**
   * An extracted article's graphs (by graph IRI) as they are once resolved: as the file has them if
   * resolution changes nothing in them, else {@link #resolve}d; either may lack the merges graph.
   */
  Map<String, Model> resolved(ArticleFolder.Entry e) {
    if (!changes(e.articleId())) {
      return e.graphs();
    }
    Model merges =
        e.graphs().getOrDefault(Iris.mergesGraph(e.articleId()), ModelFactory.createDefaultModel());
    return resolve(e.articleId(), e.article(), merges);
  }

  /**
   * Old person keys that no longer name a person and whose articles' persons all became one other:
   * links and undone merges, which name persons by key, follow them.
   */
  Map<String, String> moved() {
    Map<String, String> moved = new TreeMap<>();
    renamedTo.forEach(
        (old, to) -> {
          if (!labels.containsKey(old) && to.size() == 1) {
            moved.put(old, to.iterator().next());
          }
        });
    return moved;
  }

  /** A copy of a model, detached from the dataset it was read from. */
  static Model copy(Model m) {
    return ModelFactory.createDefaultModel().add(m);
  }
}
