package org.w3id.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.vocab.PARLEY;

/**
 * The full-text index on a real TDB2 store and a real Lucene index on disk: SPARQL's {@code
 * text:query} finds what the store holds, no more and no less, after writes, replacements, failed
 * writes and a lost index folder.
 */
class TextIndexIT {
  private static final String ARTICLE = "https://w3id.org/parley/id/article/a";
  private static final String OTHER = "https://w3id.org/parley/id/article/b";
  private static final String STATEMENT = "https://w3id.org/parley/id/statement/a-1";
  private static final String LAVROV = "https://w3id.org/parley/id/person/sergey-lavrov";

  @TempDir Path dir;

  private static Model article(String iri, String text, String quote) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(iri, PARLEY.Article);
    a.addProperty(PARLEY.title, "Lavrov visits Baku");
    a.addProperty(PARLEY.text, text);
    m.createResource(iri.replace("/article/", "/statement/") + "-1", PARLEY.Statement)
        .addProperty(PARLEY.quote, quote);
    m.createResource(LAVROV, PARLEY.Person).addProperty(RDFS.label, "Sergey Lavrov");
    return m;
  }

  /** Subjects a text query finds, in the order of the index's scores. */
  private static List<String> search(ParleyStore store, String property, String query) {
    List<String> out = new ArrayList<>();
    store.select(
        "PREFIX text: <http://jena.apache.org/text#>\n"
            + "SELECT ?s WHERE { ?s text:query ("
            + property
            + " '"
            + query.replace("'", "\\'")
            + "') }",
        row -> out.add(row.getResource("s").getURI()));
    return out;
  }

  private static List<String> quote(ParleyStore store, String query) {
    return search(store, "<" + PARLEY.quote.getURI() + ">", query);
  }

  @Test
  void quotesTitlesTextsAndNamesAreSearchable() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceGraph(
          ARTICLE,
          article(
              ARTICLE,
              "Talks on a ceasefire began in Baku.",
              "military-technical cooperation is one of the important areas"));
      assertEquals(List.of(STATEMENT), quote(store, "\"military-technical cooperation\""));
      assertEquals(List.of(), quote(store, "\"cooperation military-technical\""));
      assertEquals(List.of(ARTICLE), search(store, "<" + PARLEY.text.getURI() + ">", "ceasefire"));
      assertEquals(List.of(ARTICLE), search(store, "<" + PARLEY.title.getURI() + ">", "baku"));
      assertEquals(List.of(LAVROV), search(store, "<" + RDFS.label.getURI() + ">", "lavrov"));
      // No property: the default field, the article text
      List<String> any = new ArrayList<>();
      store.select(
          "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'ceasefire' }",
          row -> any.add(row.getResource("s").getURI()));
      assertEquals(List.of(ARTICLE), any);
    }
  }

  @Test
  void aSearchCanBeLimitedToOneArticleGraph() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceGraph(ARTICLE, article(ARTICLE, "A ceasefire.", "one"));
      store.replaceGraph(OTHER, article(OTHER, "Another ceasefire.", "two"));
      List<String> graphs = new ArrayList<>();
      store.select(
          "PREFIX text: <http://jena.apache.org/text#>\n"
              + "SELECT ?g { GRAPH ?g { ?s text:query (<"
              + PARLEY.title.getURI()
              + "> 'Lavrov') } } ORDER BY ?g",
          row -> graphs.add(row.getResource("g").getURI()));
      assertEquals(List.of(ARTICLE, OTHER), graphs);
    }
  }

  @Test
  void replacingAnArticleReplacesItsEntriesAndLeavesTheOthers() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceGraph(ARTICLE, article(ARTICLE, "text", "the old words"));
      store.replaceGraph(OTHER, article(OTHER, "text", "other words"));
      store.replaceGraph(ARTICLE, article(ARTICLE, "text", "the new words"));
      assertEquals(List.of(), quote(store, "old"));
      assertEquals(List.of(STATEMENT), quote(store, "new"));
      // The person's label is in both graphs: removing one article keeps the other's entry.
      store.replaceGraphs(Map.of(ARTICLE, ModelFactory.createDefaultModel()));
      assertEquals(List.of(LAVROV), search(store, "<" + RDFS.label.getURI() + ">", "lavrov"));
      assertEquals(List.of(), quote(store, "new"));
      assertFalse(store.syncTextIndex(), "the index matches the store without a rebuild");
    }
  }

  @Test
  void aFailedWriteLeavesTheIndexAsItWas() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      store.replaceGraph(ARTICLE, article(ARTICLE, "text", "the old words"));
      long before = store.textIndexSize();
      Dataset ds = store.dataset();
      assertThrows(
          IllegalStateException.class,
          () ->
              Txn.executeWrite(
                  ds,
                  () -> {
                    ds.removeNamedModel(ARTICLE);
                    ds.addNamedModel(ARTICLE, article(ARTICLE, "text", "half written"));
                    throw new IllegalStateException("disk full, say");
                  }));
      assertEquals(List.of(), quote(store, "half"));
      assertEquals(List.of(STATEMENT), quote(store, "old"));
      assertEquals(before, store.textIndexSize());
    }
  }

  @Test
  void aLostIndexIsRebuiltFromTheStoreWhenItOpens() throws Exception {
    Path tdb = dir.resolve("tdb2");
    try (ParleyStore store = ParleyStore.open(tdb)) {
      store.replaceGraph(ARTICLE, article(ARTICLE, "text", "the words"));
    }
    MoreFiles.deleteRecursively(ParleyStore.textIndexOf(tdb), RecursiveDeleteOption.ALLOW_INSECURE);
    try (ParleyStore store = ParleyStore.open(tdb)) {
      assertTrue(Files.isDirectory(ParleyStore.textIndexOf(tdb)));
      assertEquals(List.of(STATEMENT), quote(store, "words"));
      assertFalse(store.syncTextIndex());
    }
  }

  @Test
  void aStoreWrittenWithoutTheIndexGetsOneWhenItOpens() {
    Path tdb = dir.resolve("tdb2");
    TestStores.writeWithoutTextIndex(
        tdb,
        Quad.create(
            NodeFactory.createURI(ARTICLE),
            NodeFactory.createURI(STATEMENT),
            PARLEY.quote.asNode(),
            NodeFactory.createLiteralString("written before the index")));
    try (ParleyStore store = ParleyStore.open(tdb)) {
      assertEquals(List.of(STATEMENT), quote(store, "index"));
      assertEquals(1, store.textIndexSize());
    }
  }
}
