package org.w3id.parley.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads many articles into an empty store with TDB2's basic loader, in one write transaction, then
 * builds the full-text index from what was loaded: for {@code parley load} into a new store, where
 * one transaction per article would cost a commit each (and leave TDB2 a generation per commit to
 * compact away). A failure part-way leaves the store empty, as it was.
 *
 * <pre>{@code
 * BulkLoader.load(store, articles -> articles.article(iri, graphs, Optional.empty()));
 * }</pre>
 */
public final class BulkLoader {
  /** Takes the articles of a bulk load. */
  public interface Articles {
    /** Adds an article's graphs (by graph IRI; an empty one is left out) and its source key. */
    void article(String articleIri, Map<String, Model> graphs, Optional<String> sourceKey);
  }

  private BulkLoader() {}

  /** Whether the store holds no graph at all, so that a bulk load may go into it. */
  public static boolean isEmpty(ParleyStore store) {
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    return Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext());
  }

  /**
   * Loads what {@code body} hands over, in one transaction; returns the quads loaded.
   *
   * @throws StoreException if the store is not empty, or the load fails (then nothing is loaded);
   *     an exception {@code body} throws is rethrown after the transaction is abandoned
   */
  public static long load(ParleyStore store, Consumer<Articles> body) {
    if (!isEmpty(store)) {
      throw new StoreException(store.location() + ": a bulk load needs an empty store");
    }
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    long indexStamp = store.textIndexStamp().orElse(0);
    DataLoader loader = LoaderFactory.basicLoader(dsg, null);
    loader.startBulk();
    try {
      long before = Math.max(Ledger.commit(dsg).orElse(0), indexStamp);
      body.accept(
          (articleIri, graphs, sourceKey) -> {
            graphs.forEach(
                (iri, model) -> {
                  var g = NodeFactory.createURI(iri);
                  model
                      .getGraph()
                      .find()
                      .forEachRemaining(t -> loader.stream().quad(Quad.create(g, t)));
                });
            sourceKey.ifPresent(k -> Ledger.setSource(dsg, articleIri, k));
          });
      Ledger.nextCommitAfter(dsg, before);
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    } catch (Error e) {
      loader.finishException(new RuntimeException(e));
      throw e;
    }
    try {
      loader.finishBulk();
    } catch (RuntimeException e) {
      throw new StoreException(store.location() + ": cannot commit the load: " + e.getMessage(), e);
    }
    store.rebuildTextIndex();
    return loader.countQuads() + loader.countTriples();
  }
}
