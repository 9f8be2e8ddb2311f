package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ServerProcess;
import org.w3id.parley.vocab.PARLEY;

/**
 * A JVM killed between TDB2's commit and Lucene's leaves the text index one write behind the store,
 * with as many entries as before (so counting them cannot tell); the next open notices by the
 * commit numbers and re-indexes. The same holds for a restore, which loads the store around the
 * index and rebuilds the index after.
 */
class TextIndexCrashIT {
  @TempDir Path dir;

  @Test
  void aCrashBetweenTheTwoCommitsIsRepairedWhenTheStoreNextOpens() throws Exception {
    Path store = dir.resolve("tdb2");
    haltsAt(2, CrashingWrites.class, store.toString());

    // As the crash left them: the store has the new quote, the index the old one, same count.
    Dataset tdb = TDB2Factory.connectDataset(store.toString());
    assertEquals(
        OptionalLong.of(2), Txn.calculateRead(tdb, () -> Ledger.commit(tdb.asDatasetGraph())));
    TDBInternal.expel(tdb.asDatasetGraph());
    Path index = ParleyStore.textIndexOf(store);
    try (FSDirectory lucene = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(lucene)) {
      assertEquals(
          "1", SegmentInfos.readLatestCommit(lucene).getUserData().get(FullTextIndex.COMMIT_KEY));
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(1, searcher.count(new TermQuery(new Term("quote", "old"))));
      assertEquals(0, searcher.count(new TermQuery(new Term("quote", "new"))));
    }

    try (ParleyStore reopened = ParleyStore.open(store)) {
      assertEquals(List.of(CrashingWrites.STATEMENT), quote(reopened, "new"));
      assertEquals(List.of(), quote(reopened, "old"));
      assertFalse(reopened.syncTextIndex(), "repaired once, in step after");
    }
  }

  @Test
  void aCrashBeforeARestoredStoreIsIndexedIsRepairedWhenTheStoreNextOpens() throws Exception {
    // The backup: another store, one write in (its commit number is 1).
    Path other = dir.resolve("other");
    Path backup = dir.resolve("other.nq.gz");
    try (ParleyStore store = ParleyStore.open(other)) {
      store.replaceGraph(CrashingWrites.ARTICLE, CrashingWrites.article("the new words"));
      StoreBackup.write(store, backup);
    }
    // The store restored over: two writes in, its index stamped 2, as many entries as the backup.
    Path store = dir.resolve("tdb2");
    try (ParleyStore target = ParleyStore.open(store)) {
      target.replaceGraph(CrashingWrites.ARTICLE, CrashingWrites.article("the older words"));
      target.replaceGraph(CrashingWrites.ARTICLE, CrashingWrites.article("the old words"));
    }
    // Numbered from the backup's 1, the restore would be 2 and the stale index would pass for its
    // own; it counts on from the store's 2 instead, so the crash comes at 3.
    haltsAt(3, CrashingRestore.class, store.toString(), backup.toString());

    try (ParleyStore reopened = ParleyStore.open(store)) {
      assertEquals(List.of(CrashingWrites.STATEMENT), quote(reopened, "new"));
      assertEquals(List.of(), quote(reopened, "old"));
      assertFalse(reopened.syncTextIndex(), "repaired once, in step after");
    }
  }

  /**
   * Runs {@code main} in a child JVM that halts, as a crash would, once the store has committed
   * commit number {@code commit} and before the text index has; fails unless it halted there.
   */
  private void haltsAt(long commit, Class<?> main, String... args) throws Exception {
    try (ServerProcess child =
        ServerProcess.start(
            dir,
            List.of("-Xmx512m", "-D" + FullTextIndex.HALT_PROPERTY + "=" + commit),
            Map.of(),
            main.getName(),
            args)) {
      assertEquals(FullTextIndex.HALT_STATUS, child.awaitExit(Duration.ofMinutes(2)), child.log());
    }
  }

  private static List<String> quote(ParleyStore store, String word) {
    List<String> out = new ArrayList<>();
    store.select(
        "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query (<"
            + PARLEY.quote.getURI()
            + "> '"
            + word
            + "') }",
        row -> out.add(row.getResource("s").getURI()));
    return out;
  }
}
