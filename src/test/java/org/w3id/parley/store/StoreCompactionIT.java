package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 keeps every block a commit replaced, so a store written one article at a time grows far past
 * its data; compaction gives the space back and keeps every quad, and the full-text index stays in
 * step (it is not rebuilt on the next open).
 */
class StoreCompactionIT {
  @TempDir Path dir;

  private static Model article(int version) {
    Model m = ModelFactory.createDefaultModel();
    for (int i = 0; i < 200; i++) {
      m.add(
          m.createResource("https://example.org/s" + i),
          m.createProperty("https://example.org/p"),
          "statement " + i + " of version " + version);
    }
    return m;
  }

  private static long quads(ParleyStore store) {
    return Txn.calculateRead(store.dataset(), () -> store.namedGraphs().stream().count());
  }

  @Test
  void compactionGivesBackTheSpaceOfReplacedBlocksAndKeepsEveryQuad() {
    Path location = dir.resolve("tdb2");
    long quadsBefore;
    try (ParleyStore store = ParleyStore.open(location)) {
      for (int version = 0; version < 60; version++) {
        store.replaceGraph("https://example.org/article/" + (version % 3), article(version));
      }
      quadsBefore = quads(store);
      assertTrue(Files.isDirectory(location.resolve("Data-0001")));
      long[] bytes = store.compact();
      assertTrue(bytes[1] < bytes[0], bytes[0] + " bytes before, " + bytes[1] + " after");
      assertFalse(Files.exists(location.resolve("Data-0001")), "the old generation is deleted");
      assertTrue(Files.isDirectory(location.resolve("Data-0002")), "the compacted one");
      assertEquals(bytes[1], store.bytesOnDisk());
      assertEquals(quadsBefore, quads(store), "the open store reads the compacted data");
      assertEquals(600, quadsBefore);
      store.replaceGraph("https://example.org/article/0", article(99));
    }
    try (ParleyStore store = ParleyStore.open(location)) {
      assertFalse(store.syncTextIndex(), "the text index is still in step after compaction");
      assertEquals(600, quads(store));
    }
  }
}
