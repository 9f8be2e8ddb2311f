package org.w3id.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.parley.extract.KnownPerson;
import org.w3id.parley.extract.Overrides;
import org.w3id.parley.vocab.PARLEY;

/**
 * The TDB2 store: one named graph per article (graph name = article IRI), the default graph read as
 * the union of all of them. Each article is written in one transaction that replaces its graph
 * whole, so a failure never leaves an article half-written.
 *
 * <p>A full-text index (jena-text over Lucene, see {@link TextIndexDefinition}) lives in the
 * store's {@code text-index} folder and is written in the same transactions, so SPARQL's {@code
 * text:query} sees exactly what the store holds. Opening a store whose index is missing or does not
 * match it (a store written before the index existed, a deleted folder) rebuilds the index.
 *
 * <pre>{@code
 * try (ParleyStore store = ParleyStore.open(Path.of("data/tdb2"))) {
 *   store.replaceGraph(articleIri, model);
 * }
 * }</pre>
 */
public final class ParleyStore implements AutoCloseable {
  /** The folder, inside the store folder, that holds the full-text index. */
  public static final String TEXT_INDEX_FOLDER = "text-index";

  private final Path location;
  private final Dataset tdb;
  private final FullTextIndex textIndex;
  private final Dataset dataset;

  private ParleyStore(Path location, Dataset tdb, FullTextIndex textIndex) {
    this.location = location;
    this.tdb = tdb;
    this.textIndex = textIndex;
    this.dataset = textIndex.wrap(tdb);
  }

  /** Where the full-text index of the store in {@code location} lives. */
  public static Path textIndexOf(Path location) {
    return location.resolve(TEXT_INDEX_FOLDER);
  }

  /**
   * Opens (creating if needed) the TDB2 store in a folder.
   *
   * @throws StoreException if the folder cannot be created or is locked by another process (a
   *     running server)
   */
  public static ParleyStore open(Path location) {
    ParleyStore store;
    try {
      Files.createDirectories(location);
      Dataset tdb = TDB2Factory.connectDataset(location.toString());
      tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
      store = new ParleyStore(location, tdb, FullTextIndex.open(textIndexOf(location)));
    } catch (RuntimeException | IOException e) {
      throw new StoreException(
          location
              + ": cannot open the TDB2 store ("
              + e.getMessage()
              + "); is `parley serve` running on it?",
          e);
    }
    try {
      store.syncTextIndex();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** Rebuilds the full-text index if it does not match the store; returns whether it did. */
  boolean syncTextIndex() {
    return textIndex.syncWith(tdb);
  }

  /** The TDB2 dataset without the full-text index, for bulk work the index then catches up with. */
  Dataset tdb() {
    return tdb;
  }

  /** Empties the full-text index and indexes the whole store again. */
  void rebuildTextIndex() {
    textIndex.rebuildFrom(tdb);
  }

  /** Number of entries in the full-text index (one per indexed literal of each article graph). */
  public long textIndexSize() {
    return textIndex.size();
  }

  public Path location() {
    return location;
  }

  /** The Jena dataset, for queries (its default graph is the union of the article graphs). */
  public Dataset dataset() {
    return dataset;
  }

  /** The fingerprint stored with an article, if the article is in the store. */
  public Optional<String> fingerprint(String articleIri) {
    return Txn.calculateRead(
        dataset,
        () -> {
          if (!dataset.containsNamedModel(articleIri)) {
            return Optional.<String>empty();
          }
          Model g = dataset.getNamedModel(articleIri);
          var it = g.listObjectsOfProperty(g.createResource(articleIri), PARLEY.sha256);
          return it.hasNext()
              ? Optional.of(it.next().asLiteral().getString())
              : Optional.<String>empty();
        });
  }

  /** Replaces a graph whole, in one write transaction. */
  public void replaceGraph(String graphIri, Model model) {
    try {
      Txn.executeWrite(
          dataset,
          () -> {
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, model);
          });
    } catch (RuntimeException e) {
      throw new StoreException(
          location + ": cannot write graph <" + graphIri + ">: " + e.getMessage(), e);
    }
  }

  /** Replaces several graphs (an article's graph and its merges graph) in one write transaction. */
  public void replaceGraphs(Map<String, Model> graphs) {
    try {
      Txn.executeWrite(
          dataset,
          () ->
              graphs.forEach(
                  (iri, model) -> {
                    dataset.removeNamedModel(iri);
                    if (!model.isEmpty()) {
                      dataset.addNamedModel(iri, model);
                    }
                  }));
    } catch (RuntimeException e) {
      throw new StoreException(
          location + ": cannot write graphs " + graphs.keySet() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs a SELECT over all graphs in one read transaction, handing each row to {@code row} (which
   * must not keep the solution past the call).
   */
  public void select(Query query, Consumer<QuerySolution> row) {
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
          }
        });
  }

  /** {@link #select(Query, Consumer)} for a query string. */
  public void select(String sparql, Consumer<QuerySolution> row) {
    select(QueryFactory.create(sparql), row);
  }

  /** Adds triples to a graph (creating it), in one write transaction. */
  public void addToGraph(String graphIri, Model model) {
    try {
      Txn.executeWrite(dataset, () -> dataset.getNamedModel(graphIri).add(model));
    } catch (RuntimeException e) {
      throw new StoreException(
          location + ": cannot write graph <" + graphIri + ">: " + e.getMessage(), e);
    }
  }

  /**
   * The names analysts have split off persons ({@code parley unmerge}), as person key and name
   * pairs.
   */
  public Overrides overrides(String graphIri) {
    Overrides out = Overrides.none();
    String prefix = PARLEY.ID + "person/";
    Txn.executeRead(
        dataset,
        () -> {
          if (!dataset.containsNamedModel(graphIri)) {
            return;
          }
          Model g = dataset.getNamedModel(graphIri);
          g.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PARLEY.Unmerge)
              .forEachRemaining(
                  u -> {
                    var person = u.getPropertyResourceValue(PARLEY.person);
                    var name = u.getProperty(PARLEY.name);
                    if (person != null && name != null && person.getURI().startsWith(prefix)) {
                      out.forbid(person.getURI().substring(prefix.length()), name.getString());
                    }
                  });
        });
    return out;
  }

  /** Number of quads in all named graphs. */
  public long size() {
    return Txn.calculateRead(
        dataset,
        () -> {
          long n = 0;
          var it = dataset.asDatasetGraph().find();
          while (it.hasNext()) {
            it.next();
            n++;
          }
          return n;
        });
  }

  /** Number of article graphs. */
  public long articleCount() {
    String prefix = PARLEY.ID + "article/";
    return Txn.calculateRead(
        dataset,
        () -> {
          long n = 0;
          var it = dataset.listNames();
          while (it.hasNext()) {
            if (it.next().startsWith(prefix)) {
              n++;
            }
          }
          return n;
        });
  }

  /** Every person in the store with names, roles and countries, for cross-article identity. */
  public List<KnownPerson> knownPersons() {
    String q =
        """
        PREFIX parley: <https://w3id.org/parley/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?p ?name ?role ?iso WHERE {
          ?p a parley:Person .
          { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
          OPTIONAL { ?p parley:role ?role }
          OPTIONAL { ?p parley:represents/parley:iso2 ?iso }
        }""";
    Map<String, String> labels = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Set<String>> reps = new HashMap<>();
    select(
        q,
        s -> {
          String iri = s.getResource("p").getURI();
          String name = s.getLiteral("name").getString();
          names.computeIfAbsent(iri, k -> new HashSet<>()).add(name);
          labels.merge(
              iri, name, (a, b) -> b.split("\\s+").length > a.split("\\s+").length ? b : a);
          add(roles, iri, s.get("role"));
          add(reps, iri, s.get("iso"));
        });
    List<KnownPerson> out = new ArrayList<>();
    String prefix = PARLEY.ID + "person/";
    for (var e : names.entrySet()) {
      String iri = e.getKey();
      if (iri.startsWith(prefix)) {
        out.add(
            new KnownPerson(
                iri.substring(prefix.length()),
                labels.get(iri),
                e.getValue(),
                roles.getOrDefault(iri, Set.of()),
                reps.getOrDefault(iri, Set.of())));
      }
    }
    return out;
  }

  private static void add(Map<String, Set<String>> map, String key, RDFNode value) {
    if (value != null && value.isLiteral()) {
      map.computeIfAbsent(key, k -> new HashSet<>()).add(value.asLiteral().getString());
    }
  }

  /** Closes the store and releases its lock so another process (a server) can open it. */
  @Override
  public void close() {
    dataset.close(); // closes the text index too
    TDBInternal.expel(tdb.asDatasetGraph());
  }
}
