package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.vocab.PARLEY;

/**
 * Backup and restore round-trip a real store (an ingested article with its merges graph, the
 * overrides and links graphs, a triple in the default graph): the same quads and the same answers
 * from the full-text index.
 */
class StoreBackupIT {
  private static final List<String> SEARCHES =
      List.of(
          "SELECT ?s ?v { (?s ?score ?v) text:query (parley:quote '\"military-technical cooperation\"') }",
          "SELECT ?s ?v { (?s ?score ?v) text:query (rdfs:label 'Lavrov') }",
          "SELECT ?s ?v { (?s ?score ?v) text:query (rdfs:label 'Mamadyarov~') }",
          "SELECT ?s ?v { (?s ?score ?v) text:query ('Baku AND strategic') }",
          "SELECT ?s ?v { (?s ?score ?v) text:query (rdfs:label 'Decoy') }");

  @TempDir static Path shared;
  static Path original;
  static Path backup;
  static DatasetGraph originalQuads;
  static long originalCommit;
  static Map<String, Set<String>> originalAnswers;

  @BeforeAll
  static void writeABackup() {
    original = shared.resolve("original");
    backup = shared.resolve("backups/parley.nq.gz");
    try (ParleyStore store = ParleyStore.open(original)) {
      TestStores.ingest(store, TestStores.seedArticle());
      store.addToGraph(Iris.overridesGraph(), statement("urn:x:unmerge", "Mammadyarov"));
      store.addToGraph(Iris.linksGraph(), statement("urn:x:link", "Linked"));
      DatasetGraph dsg = store.dataset().asDatasetGraph();
      Txn.executeWrite(
          dsg,
          () ->
              dsg.getDefaultGraph()
                  .add(
                      NodeFactory.createURI("urn:x:s"),
                      NodeFactory.createURI("urn:x:p"),
                      NodeFactory.createLiteralString("in the default graph")));
      StoreBackup.Summary summary = StoreBackup.write(store, backup);
      originalQuads = quads(store);
      originalCommit = commit(store);
      assertEquals(originalQuads.stream().count(), summary.quads());
      originalAnswers = searches(store);
    }
  }

  /** The store's commit number, which a restore sets anew. */
  private static long commit(ParleyStore store) {
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    return Txn.calculateRead(dsg, () -> Ledger.commit(dsg)).orElseThrow();
  }

  /** The quads without the store's commit number. */
  private static DatasetGraph withoutCommit(DatasetGraph quads) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    quads.find().forEachRemaining(q -> copy.add(q));
    copy.deleteAny(Node.ANY, Node.ANY, NodeFactory.createURI(Ledger.NS + "commit"), Node.ANY);
    return copy;
  }

  /**
   * Whether opening the store in {@code location} would rebuild its full-text index: the check
   * {@link ParleyStore#open} makes, made without opening it (which would rebuild it first).
   */
  private static boolean openWouldReindex(Path location) throws IOException {
    Dataset tdb = TDB2Factory.connectDataset(location.toString());
    try {
      FullTextIndex index = FullTextIndex.open(ParleyStore.textIndexOf(location));
      Dataset wrapped = index.wrap(tdb); // closing it closes the index
      try {
        return index.syncWith(
            tdb, Txn.calculateRead(tdb, () -> Ledger.commit(tdb.asDatasetGraph())));
      } finally {
        wrapped.close();
      }
    } finally {
      TDBInternal.expel(tdb.asDatasetGraph());
    }
  }

  private static Model statement(String subject, String label) {
    Model m = ModelFactory.createDefaultModel();
    m.add(m.createResource(subject), org.apache.jena.vocabulary.RDFS.label, label);
    return m;
  }

  /** The store's quads, copied out of it, to compare after it is closed. */
  private static DatasetGraph quads(ParleyStore store) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
    return copy;
  }

  private static Map<String, Set<String>> searches(ParleyStore store) {
    Map<String, Set<String>> answers = new LinkedHashMap<>();
    for (String search : SEARCHES) {
      Set<String> rows = new TreeSet<>();
      TestStores.select(store, "PREFIX text: <http://jena.apache.org/text#>\n" + search)
          .forEach(row -> rows.add(row.toString()));
      answers.put(search, rows);
    }
    return answers;
  }

  @Test
  void restoredStoreHoldsTheSameQuadsAndAnswersSearchesTheSame() throws IOException {
    List<String> lines;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertEquals(originalQuads.stream().count(), lines.size(), "one N-Quads line per quad");
    assertTrue(lines.contains("<urn:x:s> <urn:x:p> \"in the default graph\" ."), "default graph");
    assertFalse(Files.exists(shared.resolve("backups/parley.nq.gz.part")), "no partial file left");

    try (ParleyStore restored = ParleyStore.open(shared.resolve("restored"))) {
      StoreBackup.Summary summary = StoreBackup.restore(restored, backup, false);

      assertTrue(
          IsoMatcher.isomorphic(withoutCommit(originalQuads), withoutCommit(quads(restored))),
          "isomorphic datasets, the store's bookkeeping (source keys) included");
      assertEquals(originalQuads.stream().count(), summary.quads());
      assertEquals(originalQuads.stream().count(), quads(restored).stream().count());
      assertTrue(commit(restored) > originalCommit, "the restore counts as a commit of its own");
      assertEquals(originalAnswers, searches(restored));
    }
    Set<String> graphs = new TreeSet<>();
    originalQuads.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
    assertTrue(
        graphs.containsAll(
            List.of(
                Iris.article("000_dd508a3738293a43"),
                Iris.mergesGraph("000_dd508a3738293a43"),
                Iris.overridesGraph(),
                Iris.linksGraph())),
        graphs.toString());
    assertFalse(originalAnswers.get(SEARCHES.get(0)).isEmpty(), "the searches find something");
  }

  @Test
  void nonEmptyStoreIsRefusedUnlessForcedThenReplacedWhole() {
    Path other = shared.resolve("other");
    try (ParleyStore store = ParleyStore.open(other)) {
      store.replaceGraph(PARLEY.ID + "article/decoy", statement("urn:x:decoy", "Decoy"));
      StoreException e =
          assertThrows(StoreException.class, () -> StoreBackup.restore(store, backup, false));
      assertEquals(
          other
              + ": the store is not empty (1 articles); restore into a new folder, or replace what"
              + " it holds with --force",
          e.getMessage());
      assertEquals(1, store.size(), "left as it was");

      StoreBackup.restore(store, backup, true);
      assertTrue(
          IsoMatcher.isomorphic(withoutCommit(originalQuads), withoutCommit(quads(store))),
          "the backup, the decoy gone");
      assertEquals(originalAnswers, searches(store), "the decoy is out of the index too");
    }
  }

  @Test
  void restoredStoreAndItsIndexAreInStepSoTheNextOpenDoesNotReindex() throws IOException {
    Path fresh = shared.resolve("in-step");
    try (ParleyStore store = ParleyStore.open(fresh)) {
      StoreBackup.restore(store, backup, false);
    }
    assertFalse(openWouldReindex(fresh), "restored into an empty store");

    Path replaced = shared.resolve("in-step-forced");
    try (ParleyStore store = ParleyStore.open(replaced)) {
      for (int i = 0; i < 5; i++) { // a store further on than the backup's
        store.replaceGraph(PARLEY.ID + "article/decoy", statement("urn:x:decoy", "Decoy " + i));
      }
      StoreBackup.restore(store, backup, true);
    }
    assertFalse(openWouldReindex(replaced), "restored over a store further on");
    try (ParleyStore reopened = ParleyStore.open(replaced)) {
      assertEquals(originalAnswers, searches(reopened));
    }
  }

  @Test
  void brokenBackupNamesTheFileAndLineAndChangesNothing() throws IOException {
    Path broken = shared.resolve("broken.nq.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(broken))) {
      out.write(
          ("<urn:x:s> <urn:x:p> \"one\" <urn:x:g> .\n"
                  + "<urn:x:s> <urn:x:p> \"two\" <urn:x:g> .\n"
                  + "<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> <urn:x:one-too-many> .\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path other = shared.resolve("kept");
    try (ParleyStore store = ParleyStore.open(other)) {
      store.replaceGraph(PARLEY.ID + "article/kept", statement("urn:x:kept", "Kept"));
      StoreException e =
          assertThrows(StoreException.class, () -> StoreBackup.restore(store, broken, true));
      assertTrue(e.getMessage().startsWith(broken + " line 3: not N-Quads: "), e.getMessage());
      assertEquals(1, store.size(), "the forced restore was one transaction, rolled back");
      assertEquals(1, store.textIndexSize());
    }
  }
}
