package org.w3id.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.vocab.PARLEY;

/**
 * The TDB2 store: one named graph per article (graph name = article IRI), the default graph read as
 * the union of all of them. Each article is written in one transaction that replaces its graph
 * whole, so a failure never leaves an article half-written.
 *
 * <p>A full-text index (jena-text over Lucene, see {@link TextIndexDefinition}) lives in the
 * store's {@code text-index} folder and is written in the same transactions, so SPARQL's {@code
 * text:query} sees exactly what the store holds. Each write is numbered, in the store and on the
 * index's commit alike ({@link Ledger}); opening a store whose index is missing, stamped with
 * another number (a crash between the two commits) or does not hold one entry per indexed literal
 * (a store written before the index existed, a deleted folder) rebuilds the index.
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
   * Whether {@code location} holds a TDB2 store (a {@code Data-NNNN} folder that TDB2 recognises),
   * so that commands that only read a store can refuse a mistyped folder instead of creating an
   * empty store there.
   */
  public static boolean exists(Path location) {
    return Files.isDirectory(location) && DatabaseOps.findStorageLocation(location) != null;
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
    } catch (RuntimeException | Error e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** Rebuilds the full-text index if it does not match the store; returns whether it did. */
  boolean syncTextIndex() {
    return textIndex.syncWith(tdb, commit());
  }

  /** The TDB2 dataset without the full-text index, for bulk work the index then catches up with. */
  Dataset tdb() {
    return tdb;
  }

  /**
   * Empties the full-text index and indexes the whole store again, stamped with the store's commit
   * number, so that the next open finds the two in step.
   */
  void rebuildTextIndex() {
    textIndex.rebuildFrom(tdb, commit());
  }

  /** The store's commit number stamped on the full-text index's last commit, if any. */
  OptionalLong textIndexStamp() {
    return textIndex.stamp();
  }

  private OptionalLong commit() {
    return Txn.calculateRead(tdb, () -> Ledger.commit(tdb.asDatasetGraph()));
  }

  /**
   * Rewrites the store with only its current data and deletes the old generation. TDB2 never
   * overwrites a block a reader may hold, so every committed article leaves the blocks it replaced
   * behind: 19,043 Reuters items, one transaction each, left 28 GB on disk for 735 MB of data.
   * Compaction copies the live data (51 s there) while the store stays open; no transaction may be
   * running in this JVM.
   *
   * @return the store's bytes on disk before and after
   */
  public long[] compact() {
    long before = bytesOnDisk();
    try {
      DatabaseMgr.compact(tdb.asDatasetGraph(), true);
    } catch (RuntimeException e) {
      throw new StoreException(location + ": cannot compact the TDB2 store: " + e.getMessage(), e);
    }
    return new long[] {before, bytesOnDisk()};
  }

  /**
   * Bytes of the store's files, the full-text index included: their lengths, which for TDB2's
   * preallocated files is more than the disk blocks a fresh store uses.
   */
  public long bytesOnDisk() {
    try (var files = Files.walk(location)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
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

  /**
   * The named graphs alone, read-only, for exports: TDB2's own default graph holds the store's
   * bookkeeping ({@link Ledger}). Call inside a read transaction.
   */
  public DatasetGraph namedGraphs() {
    DatasetGraph dsg = dataset.asDatasetGraph();
    return new DatasetGraphFilteredView(
        dsg, q -> !q.isDefaultGraph(), Iter.toList(dsg.listGraphNodes()));
  }

  /** The fingerprint stored with an article, if the article is in the store. */
  public Optional<String> fingerprint(String articleIri) {
    return Txn.calculateRead(dataset, () -> fingerprintIn(articleIri));
  }

  private Optional<String> fingerprintIn(String articleIri) {
    if (!dataset.containsNamedModel(articleIri)) {
      return Optional.empty();
    }
    Model g = dataset.getNamedModel(articleIri);
    var it = g.listObjectsOfProperty(g.createResource(articleIri), PARLEY.sha256);
    return it.hasNext() ? Optional.of(it.next().asLiteral().getString()) : Optional.empty();
  }

  /** The article whose graph is {@code articleIri}, if the store has it. */
  public Optional<StoredArticle> stored(String articleIri) {
    return Txn.calculateRead(
        dataset,
        () ->
            fingerprintIn(articleIri)
                .map(
                    fp ->
                        new StoredArticle(
                            fp, Ledger.source(dataset.asDatasetGraph(), articleIri))));
  }

  /** Replaces a graph whole, in one write transaction. */
  public void replaceGraph(String graphIri, Model model) {
    write(
        "graph <" + graphIri + ">",
        () -> {
          dataset.removeNamedModel(graphIri);
          dataset.addNamedModel(graphIri, model);
        });
  }

  /** Replaces several graphs (an article's graph and its merges graph) in one write transaction. */
  public void replaceGraphs(Map<String, Model> graphs) {
    write("graphs " + graphs.keySet(), () -> replace(graphs));
  }

  /**
   * Replaces an article's graphs in one write transaction and records the key of its source (if
   * given; else the recorded one stays).
   */
  public void replaceArticle(
      String articleIri, Map<String, Model> graphs, Optional<String> sourceKey) {
    write(
        "graphs " + graphs.keySet(),
        () -> {
          replace(graphs);
          sourceKey.ifPresent(k -> Ledger.setSource(dataset.asDatasetGraph(), articleIri, k));
        });
  }

  /** Records the key of an article's source (an unchanged article read from a moved file). */
  public void recordSource(String articleIri, String sourceKey) {
    write(
        "the source of <" + articleIri + ">",
        () -> Ledger.setSource(dataset.asDatasetGraph(), articleIri, sourceKey));
  }

  private void replace(Map<String, Model> graphs) {
    graphs.forEach(
        (iri, model) -> {
          dataset.removeNamedModel(iri);
          if (!model.isEmpty()) {
            dataset.addNamedModel(iri, model);
          }
        });
  }

  // Every write goes through here: one transaction, numbered in the store and on the text index's
  // commit alike, so that a crash between the two commits is noticed on the next open.
  private void write(String what, Runnable body) {
    try {
      Txn.executeWrite(
          dataset,
          () -> {
            body.run();
            textIndex.stamp(Ledger.nextCommit(dataset.asDatasetGraph()));
          });
    } catch (RuntimeException e) {
      throw new StoreException(location + ": cannot write " + what + ": " + message(e), e);
    }
  }

  // The innermost message: jena wraps the I/O error that says what went wrong.
  private static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
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
    write("graph <" + graphIri + ">", () -> dataset.getNamedModel(graphIri).add(model));
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
          var it = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
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

  /** Closes the store and releases its lock so another process (a server) can open it. */
  @Override
  public void close() {
    dataset.close(); // closes the text index too
    // A query a client gave up on may still be reading on a server thread: wait for it (bounded)
    // rather than fail to release the store.
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        TDBInternal.expel(tdb.asDatasetGraph());
        return;
      } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
        if (System.nanoTime() > giveUp) {
          throw e;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException i) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
