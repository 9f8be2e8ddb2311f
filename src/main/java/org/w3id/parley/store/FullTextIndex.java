package org.w3id.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store's full-text index on disk (Lucene, laid out by {@link TextIndexDefinition}): how many
 * entries it holds, whether it matches the store, and rebuilding it from the store when not. Writes
 * during ingest do not come through here: jena-text makes them, in the store's own transactions,
 * through the dataset {@link #wrap(Dataset)} returns.
 *
 * <p>jena-text commits Lucene just after TDB2, so a crash between the two leaves the store a
 * transaction ahead. Each write therefore stamps the Lucene commit with the store's commit number
 * ({@link Ledger}); on open, a stamp that differs from the store's number means the index missed
 * something, and it is rebuilt.
 */
final class FullTextIndex {
  private static final Logger LOG = LoggerFactory.getLogger(FullTextIndex.class);

  /** The key of the store's commit number in Lucene's commit user data. */
  static final String COMMIT_KEY = "parley.commit";

  /**
   * For the crash test only: a JVM started with this property set to N halts (as a crash would)
   * after the store's commit N is durable and before the text index commits it.
   */
  static final String HALT_PROPERTY = "parley.debug.haltBeforeTextIndexCommit";

  /** The exit status of a JVM halted by {@link #HALT_PROPERTY}. */
  static final int HALT_STATUS = 86;

  private final Path folder;
  private final TextIndexLucene lucene;
  private long pendingStamp;

  private FullTextIndex(Path folder, Directory directory) {
    this.folder = folder;
    this.lucene =
        (TextIndexLucene)
            TextDatasetFactory.createLuceneIndex(directory, TextIndexDefinition.config());
  }

  /** Opens (creating if needed) the index in {@code folder}. */
  static FullTextIndex open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    String halt = System.getProperty(HALT_PROPERTY);
    if (halt == null) {
      return new FullTextIndex(folder, directory);
    }
    HaltBeforeCommit halting = new HaltBeforeCommit(directory, Long.parseLong(halt));
    halting.index = new FullTextIndex(folder, halting);
    return halting.index;
  }

  /** {@code tdb} as a dataset whose writes also update this index; closing it closes the index. */
  Dataset wrap(Dataset tdb) {
    return TextDatasetFactory.create(tdb, lucene, true);
  }

  /**
   * Stamps the next commit with the store's commit number; call inside the write transaction that
   * the number counts.
   */
  void stamp(long commit) {
    pendingStamp = commit;
    lucene.getIndexWriter().setLiveCommitData(Map.of(COMMIT_KEY, Long.toString(commit)).entrySet());
  }

  /** Stamps the next commit with the store's number, or with none for a store that counts none. */
  private void stamp(OptionalLong commit) {
    if (commit.isPresent()) {
      stamp(commit.getAsLong());
    } else {
      lucene.getIndexWriter().setLiveCommitData(Map.<String, String>of().entrySet());
    }
  }

  /** The store commit number stamped on the index's last commit, if any. */
  OptionalLong stamp() {
    try {
      String value =
          SegmentInfos.readLatestCommit(lucene.getDirectory()).getUserData().get(COMMIT_KEY);
      return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    } catch (IndexNotFoundException e) {
      return OptionalLong.empty();
    } catch (IOException | NumberFormatException e) {
      throw new StoreException(folder + ": cannot read the text index: " + e.getMessage(), e);
    }
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
   * Rebuilds the index from {@code tdb} unless it was last committed with the store's commit number
   * {@code storeCommit} and holds one entry per indexed literal. It is rebuilt after a crash
   * between the two commits, for a store written before the index existed, and for an index folder
   * deleted or copied from elsewhere. Returns whether it rebuilt.
   */
  boolean syncWith(Dataset tdb, OptionalLong storeCommit) {
    long[] literals = {0};
    Txn.executeRead(tdb, () -> forEachIndexedQuad(tdb.asDatasetGraph(), q -> literals[0]++));
    long entries = size();
    OptionalLong stamp = stamp();
    if (literals[0] == entries && stamp.equals(storeCommit)) {
      return false;
    }
    LOG.info(
        "{}: the text index holds {} entries for {} indexed literals, at store commit {} of {};"
            + " rebuilding it",
        folder,
        entries,
        literals[0],
        stamp.isPresent() ? stamp.getAsLong() : "-",
        storeCommit.isPresent() ? storeCommit.getAsLong() : "-");
    rebuildFrom(tdb, storeCommit);
    return true;
  }

  /** Empties the index and indexes every indexed literal of {@code tdb} again. */
  void rebuildFrom(Dataset tdb, OptionalLong storeCommit) {
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
      stamp(storeCommit);
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

  /**
   * Lucene's directory, halting the JVM where a crash would hurt most: see {@link #HALT_PROPERTY}.
   */
  private static final class HaltBeforeCommit extends FilterDirectory {
    private final long haltAt;
    private FullTextIndex index;

    HaltBeforeCommit(Directory directory, long haltAt) {
      super(directory);
      this.haltAt = haltAt;
    }

    @Override
    public void rename(String source, String dest) throws IOException {
      // Lucene finishes a commit by renaming pending_segments_N to segments_N; TDB2 has committed.
      if (dest.startsWith(IndexFileNames.SEGMENTS)
          && index != null
          && index.pendingStamp == haltAt) {
        Runtime.getRuntime().halt(HALT_STATUS);
      }
      super.rename(source, dest);
    }
  }
}
