package org.w3id.parley.store;

import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the store records about itself, kept in TDB2's own default graph, which SPARQL never sees
 * (Parley's default graph is the union of the named graphs): a count of write transactions, which
 * the text index stamps on its own commits so that {@link FullTextIndex} can tell when the two
 * parted in a crash; and for each article a key of the source it was read from, so that another
 * file giving the same id is noticed. Every method runs inside the caller's transaction.
 *
 * <pre>
 * &lt;https://w3id.org/parley/store#store&gt;  store:commit  42 .
 * &lt;https://w3id.org/parley/id/article/sub/report&gt;  store:source  "9f2c…" .
 * </pre>
 */
final class Ledger {
  static final String NS = "https://w3id.org/parley/store#";
  private static final Node STORE = NodeFactory.createURI(NS + "store");
  private static final Node COMMIT = NodeFactory.createURI(NS + "commit");
  private static final Node SOURCE = NodeFactory.createURI(NS + "source");
  private static final Node DEFAULT = Quad.defaultGraphIRI;

  private Ledger() {}

  /** The number of the last write transaction committed, if the store counts them yet. */
  static OptionalLong commit(DatasetGraph dsg) {
    return one(dsg, STORE, COMMIT)
        .map(n -> OptionalLong.of(((Number) n.getLiteralValue()).longValue()))
        .orElse(OptionalLong.empty());
  }

  /** Counts one more write transaction, in the current one; returns its number. */
  static long nextCommit(DatasetGraph dsg) {
    return nextCommitAfter(dsg, 0);
  }

  /**
   * Numbers the current write transaction above both the store's number and {@code floor}; returns
   * its number. For a write that brings its own bookkeeping (a restore, whose file holds another
   * store's number): counting on from the highest number the store or its text index reached
   * before, it gets a number no earlier index commit carries.
   */
  static long nextCommitAfter(DatasetGraph dsg, long floor) {
    long next = Math.max(commit(dsg).orElse(0), floor) + 1;
    dsg.deleteAny(DEFAULT, STORE, COMMIT, Node.ANY);
    dsg.add(
        DEFAULT,
        STORE,
        COMMIT,
        NodeFactory.createLiteralDT(Long.toString(next), XSDDatatype.XSDinteger));
    return next;
  }

  /** The key of the source an article was last read from, if recorded. */
  static Optional<String> source(DatasetGraph dsg, String articleIri) {
    return one(dsg, NodeFactory.createURI(articleIri), SOURCE).map(Node::getLiteralLexicalForm);
  }

  static void setSource(DatasetGraph dsg, String articleIri, String key) {
    Node article = NodeFactory.createURI(articleIri);
    dsg.deleteAny(DEFAULT, article, SOURCE, Node.ANY);
    dsg.add(DEFAULT, article, SOURCE, NodeFactory.createLiteralString(key));
  }

  private static Optional<Node> one(DatasetGraph dsg, Node s, Node p) {
    Iterator<Quad> it = dsg.find(DEFAULT, s, p, Node.ANY);
    return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
  }
}
