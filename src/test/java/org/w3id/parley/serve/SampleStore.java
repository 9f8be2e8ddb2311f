package org.w3id.parley.serve;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.store.ParleyStore;

/** A real TDB2 store holding two "articles": two named graphs of two triples each. */
final class SampleStore {
  static final String ALICE = "http://example.org/parley-test/alice";
  static final String BOB = "http://example.org/parley-test/bob";
  static final String ARTICLE_1 = "http://example.org/parley-test/article/1";
  static final String ARTICLE_2 = "http://example.org/parley-test/article/2";
  static final int TRIPLES = 4;

  private SampleStore() {}

  /** Writes the two graphs into a new store at {@code folder}, in one write transaction. */
  static void write(Path folder) {
    Dataset dataset = TDB2Factory.connectDataset(folder.toString());
    Node alice = NodeFactory.createURI(ALICE);
    Node bob = NodeFactory.createURI(BOB);
    Node label = RDFS.label.asNode();
    Node seeAlso = RDFS.seeAlso.asNode();
    Node article1 = NodeFactory.createURI(ARTICLE_1);
    Node article2 = NodeFactory.createURI(ARTICLE_2);
    Txn.executeWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          dsg.add(Quad.create(article1, alice, label, NodeFactory.createLiteralString("Alice")));
          dsg.add(Quad.create(article1, alice, seeAlso, bob));
          dsg.add(Quad.create(article2, bob, label, NodeFactory.createLiteralString("Bob")));
          dsg.add(Quad.create(article2, bob, seeAlso, alice));
        });
  }

  /**
   * Writes the sample store at {@code folder}, indexes it as {@code parley serve} does, and starts
   * a server on it on an ephemeral loopback port, with the repository's configuration and {@code
   * settings}.
   */
  static ParleyServer serve(Path folder, UnaryOperator<ParleyServer.Builder> settings) {
    write(folder);
    ParleyStore.open(folder).close();
    ParleyServer.Builder builder =
        ParleyServer.builder().config(Path.of("fuseki-config.ttl")).store(folder).port(0);
    return settings.apply(builder).build().start();
  }

  /** Closes the store in this JVM and drops its lock, so that another process can open it. */
  static void release(Path folder) {
    TDBInternal.expel(TDB2Factory.connectDataset(folder.toString()).asDatasetGraph());
  }
}
