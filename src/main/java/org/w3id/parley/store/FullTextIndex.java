package org.w3id.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store's full-text index on disk (Lucene, laid out by {@link TextIndexDefinition}): how many
 * entries it holds, whether that matches the store, and rebuilding it from the store when not.
 * Writes during ingest do not come through here: jena-text makes them, in the store's own
 * transactions, through the dataset {@link #wrap(Dataset)} returns.
 */
final class FullTextIndex {
  private static final Logger LOG = LoggerFactory.getLogger(FullTextIndex.class);

  private final Path folder;
  private final TextIndexLucene lucene;

  private FullTextIndex(Path folder, TextIndexLucene lucene) {
    this.folder = folder;
    this.lucene = lucene;
  }

  /** Opens (creating if needed) the index in {@code folder}. */
  static FullTextIndex open(Path folder) throws IOException {
    TextIndexLucene lucene =
        (TextIndexLucene)
            TextDatasetFactory.createLuceneIndex(
                FSDirectory.open(folder), TextIndexDefinition.config());
    return new FullTextIndex(folder, lucene);
  }

  /** {@code tdb} as a dataset whose writes also update this index; closing it closes the index. */
  Dataset wrap(Dataset tdb) {
    return TextDatasetFactory.create(tdb, lucene, true);
  }

  /** Number of entries: one per indexed literal of each article graph. */
  long size() {
    try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
      return reader.numDocs();
    } catch (IOException e) {
      throw new StoreException(folder + ": cannot read the text index: " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds the index from {@code tdb} if it does not hold one entry per indexed literal (a store
   * written before the index existed, an index folder deleted or copied from elsewhere). Returns
   * whether it rebuilt.
   */
  boolean syncWith(Dataset tdb) {
    long[] literals = {0};
    Txn.executeRead(tdb, () -> forEachIndexedQuad(tdb.asDatasetGraph(), q -> literals[0]++));
    long entries = size();
    if (literals[0] == entries) {
      return false;
    }
    LOG.info(
        "{}: the text index holds {} entries for {} indexed literals; rebuilding it",
        folder,
        entries,
        literals[0]);
    rebuildFrom(tdb);
    return true;
  }

  /** Empties the index and indexes every indexed literal of {@code tdb} again. */
  void rebuildFrom(Dataset tdb) {
    long start = System.nanoTime();
    EntityDefinition def = lucene.getDocDef();
    try {
      lucene.getIndexWriter().deleteAll();
      long[] n = {0};
      Txn.executeRead(
          tdb,
          () ->
              forEachIndexedQuad(
                  tdb.asDatasetGraph(),
                  q -> {
                    lucene.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                    n[0]++;
                  }));
      lucene.commit();
      LOG.info(
          "{}: text index rebuilt, {} entries in {} ms",
          folder,
          n[0],
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      lucene.rollback();
      throw new StoreException(folder + ": cannot rebuild the text index: " + e.getMessage(), e);
    }
  }

  // Every quad of a named graph whose predicate the index maps and whose object is a literal: the
  // quads jena-text turns into entries as they are written.
  private static void forEachIndexedQuad(DatasetGraph dsg, Consumer<Quad> action) {
    for (List<Node> predicates : TextIndexDefinition.FIELDS.values()) {
      for (Node p : predicates) {
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY)
            .forEachRemaining(
                q -> {
                  if (!q.isDefaultGraph() && q.getObject().isLiteral()) {
                    action.accept(q);
                  }
                });
      }
    }
  }
}
