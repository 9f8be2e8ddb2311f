package org.w3id.parley;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.store.ParleyStore;

/** Helpers for tests that ingest real articles into a real TDB2 store in a temporary folder. */
public final class TestStores {
  public static final String PREFIXES =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;

  private TestStores() {}

  /** The repository's seed article. */
  public static Path seedArticle() {
    return Path.of("seeds", "000_dd508a3738293a43.txt");
  }

  /** The repository's seeds folder. */
  public static Path seeds() {
    return Path.of("seeds");
  }

  /**
   * Writes one quad into the store in {@code folder} with plain TDB2, as a Parley from before the
   * text index did (so the store has no index), and releases the store.
   */
  public static void writeWithoutTextIndex(Path folder, Quad quad) {
    Dataset plain = TDB2Factory.connectDataset(folder.toString());
    Txn.executeWrite(plain, () -> plain.asDatasetGraph().add(quad));
    TDBInternal.expel(plain.asDatasetGraph());
  }

  /**
   * The cache folder the tests build the Wikipedia anchor index in, once per build (the pom points
   * PARLEY_CACHE_DIR here too), so that no test writes to the user's ~/.cache.
   */
  public static Path cacheDir() {
    return Path.of("target", "test-cache").toAbsolutePath();
  }

  /** Ingests paths into the store with the real pipeline. */
  public static IngestReport ingest(ParleyStore store, Path... paths) {
    return new Ingester(store, 2).ingest(List.of(paths), IngestListener.NONE);
  }

  /**
   * Runs a SELECT (prefixes added) on the union graph; each row maps variable to its lexical form
   * or IRI.
   */
  public static List<Map<String, String>> select(ParleyStore store, String query) {
    List<Map<String, String>> rows = new ArrayList<>();
    Txn.executeRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
              QuerySolution s = rs.next();
              java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
              s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
              rows.add(row);
            }
          }
        });
    return rows;
  }

  private static String text(RDFNode n) {
    if (n == null) {
      return null;
    }
    return n.isLiteral()
        ? n.asLiteral().getLexicalForm()
        : n.isURIResource() ? n.asResource().getURI() : n.toString();
  }

  /** Writes a file (creating folders) and returns its path. */
  public static Path write(Path file, byte[] content) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }
}
