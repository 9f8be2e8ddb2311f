package org.w3id.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.app.QueryRunner;
import org.w3id.parley.store.ParleyStore;

/**
 * The export use case: the whole graph, or the part a query selects, in a format for graph tools
 * (GraphML, GEXF, Cytoscape.js, CSV) or for RDF users (JSON-LD, Turtle, TriG). A CONSTRUCT query
 * exports the subgraph it builds; a SELECT of {@code ?source ?target ?kind} exports those edges and
 * their nodes.
 *
 * <pre>{@code
 * new Exporter(store).export(Exporter.Format.GEXF, Optional.empty(), out);
 * }</pre>
 */
public final class Exporter {
  /** The formats Parley writes. */
  public enum Format {
    GRAPHML,
    GEXF,
    CYJS,
    CSV,
    JSONLD,
    TTL,
    TRIG
  }

  private static final String UNION = "urn:x-arq:UnionGraph";

  private final ParleyStore store;
  private final boolean directed;

  /** An exporter whose network files are directed, {@code met} written once each way. */
  public Exporter(ParleyStore store) {
    this(store, true);
  }

  /**
   * @param directed whether the network formats write every edge directed ({@code met} once each
   *     way) or every edge undirected; the RDF formats are the same either way
   */
  public Exporter(ParleyStore store, boolean directed) {
    this.store = store;
    this.directed = directed;
  }

  /**
   * Writes the export. CSV writes two files, {@code FILE-nodes.csv} and {@code FILE-edges.csv}, so
   * it needs {@code csvBase}; the other formats write to {@code out}.
   */
  public void export(
      Format format, Optional<String> query, OutputStream out, Optional<Path> csvBase)
      throws IOException {
    Optional<Query> q = query.map(QueryRunner::parse);
    if (format == Format.TTL || format == Format.JSONLD || format == Format.TRIG) {
      rdf(format, q, out);
      return;
    }
    Network network = network(q);
    NetworkWriter writer = new NetworkWriter(network, directed);
    switch (format) {
      case GRAPHML -> writer.graphml(out);
      case GEXF -> writer.gexf(out);
      case CYJS -> writer.cyjs(out);
      default -> {
        Path base =
            csvBase.orElseThrow(() -> new ParleyException("csv writes two files: give -o FILE"));
        try (OutputStream nodes = Files.newOutputStream(csvPath(base, "nodes"));
            OutputStream edges = Files.newOutputStream(csvPath(base, "edges"))) {
          writer.csv(nodes, edges);
        }
      }
    }
  }

  /** {@code out/graph.csv} gives {@code out/graph-nodes.csv} and {@code out/graph-edges.csv}. */
  public static Path csvPath(Path base, String part) {
    String name = base.getFileName().toString().replaceAll("\\.csv$", "");
    return base.resolveSibling(name + "-" + part + ".csv");
  }

  private Network network(Optional<Query> q) {
    if (q.isPresent() && q.get().isConstructType()) {
      return new NetworkBuilder(DatasetFactory.wrap(construct(q.get()))).build();
    }
    Network all = new NetworkBuilder(store.dataset()).build();
    if (q.isEmpty()) {
      return all;
    }
    if (!q.get().isSelectType()
        || !q.get().getResultVars().containsAll(java.util.List.of("source", "target", "kind"))) {
      throw new ParleyException(
          "--query must be a CONSTRUCT, or a SELECT of ?source ?target ?kind");
    }
    Set<String> keep = new HashSet<>();
    store.select(
        q.get(),
        r ->
            keep.add(
                NetworkBuilder.key(
                    r.getResource("source").getURI(),
                    r.getResource("target").getURI(),
                    r.getLiteral("kind").getString())));
    return NetworkBuilder.keep(all, keep);
  }

  private void rdf(Format format, Optional<Query> q, OutputStream out) {
    if (q.isPresent()) {
      if (!q.get().isConstructType()) {
        throw new ParleyException("RDF formats take a CONSTRUCT --query");
      }
      Model m = construct(q.get());
      RDFDataMgr.write(out, m, format == Format.JSONLD ? RDFFormat.JSONLD_PRETTY : lang(format));
      return;
    }
    Txn.executeRead(
        store.dataset(),
        () -> {
          Dataset ds = store.dataset();
          if (format == Format.TRIG) {
            RDFDataMgr.write(out, store.namedGraphs(), Lang.TRIG);
          } else {
            Model union = ds.getNamedModel(UNION);
            RDFDataMgr.write(
                out, union, format == Format.JSONLD ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE);
          }
        });
  }

  private static RDFFormat lang(Format f) {
    return f == Format.TRIG ? RDFFormat.TRIG : RDFFormat.TURTLE;
  }

  private Model construct(Query q) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
            return qe.execConstruct();
          }
        });
  }
}
