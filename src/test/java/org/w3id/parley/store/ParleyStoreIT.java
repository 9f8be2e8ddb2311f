package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's promise: an article's graphs are replaced all together or not at all. */
class ParleyStoreIT {
  private static final String ARTICLE = "https://example.org/article/a";
  private static final String MERGES = "https://example.org/article/a/merges";

  @TempDir Path dir;

  private static Model oneTriple(String object) {
    Model m = ModelFactory.createDefaultModel();
    m.add(
        m.createResource("https://example.org/s"),
        m.createProperty("https://example.org/p"),
        object);
    return m;
  }

  /** A graph that claims content but fails while it is being copied, like a disk error would. */
  private static Model failingWhileRead() {
    return ModelFactory.createModelForGraph(
        new GraphBase() {
          @Override
          protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            throw new IllegalStateException("read failed half-way");
          }

          @Override
          protected int graphBaseSize() {
            return 1;
          }
        });
  }

  private static long triples(ParleyStore store, String graph) {
    return Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(graph).size());
  }

  @Test
  void aFailedReplaceLeavesTheOldGraphsWhole() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceGraph(ARTICLE, oneTriple("old"));
      Map<String, Model> graphs = new LinkedHashMap<>();
      graphs.put(ARTICLE, oneTriple("new"));
      graphs.put(MERGES, failingWhileRead());
      StoreException e = assertThrows(StoreException.class, () -> store.replaceGraphs(graphs));
      assertTrue(e.getMessage().contains("cannot write graphs"), e.getMessage());
      assertEquals(1, triples(store, ARTICLE));
      Node old = NodeFactory.createLiteralString("old");
      assertTrue(
          Txn.calculateRead(
              store.dataset(),
              () ->
                  store
                      .dataset()
                      .asDatasetGraph()
                      .contains(NodeFactory.createURI(ARTICLE), Node.ANY, Node.ANY, old)),
          "the first graph's removal and rewrite were rolled back");
      assertEquals(0, triples(store, MERGES));
    }
  }

  @Test
  void aStoreReopensWithWhatWasCommitted() {
    Path location = dir.resolve("tdb2");
    try (ParleyStore store = ParleyStore.open(location)) {
      store.replaceGraphs(Map.of(ARTICLE, oneTriple("x"), MERGES, oneTriple("y")));
    }
    try (ParleyStore store = ParleyStore.open(location)) {
      assertEquals(1, triples(store, ARTICLE));
      assertEquals(1, triples(store, MERGES));
    }
  }

  private static Optional<String> source(ParleyStore store) {
    return Txn.calculateRead(
        store.dataset(), () -> Ledger.source(store.dataset().asDatasetGraph(), ARTICLE));
  }

  @Test
  void anArticlesSourceKeyIsKeptOutOfSightOfQueries() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceArticle(ARTICLE, Map.of(ARTICLE, oneTriple("x")), Optional.of("key-1"));
      assertEquals(Optional.of("key-1"), source(store));
      store.replaceArticle(ARTICLE, Map.of(ARTICLE, oneTriple("y")), Optional.empty());
      assertEquals(Optional.of("key-1"), source(store), "a write without a source keeps it");
      store.recordSource(ARTICLE, "key-2");
      assertEquals(Optional.of("key-2"), source(store));
      assertEquals(1, store.size(), "quads of the named graphs only");
      List<String> rows = new ArrayList<>();
      store.select("SELECT * { ?s ?p ?o }", r -> rows.add(r.toString()));
      store.select("SELECT * { GRAPH ?g { ?s ?p ?o } }", r -> rows.add(r.toString()));
      assertEquals(2, rows.size(), "the union graph and the named graph, nothing else: " + rows);
    }
  }
}
