package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.store.ParleyStore;

/**
 * The same articles give the same store whatever order they come in, in one run or several, on one
 * thread or three: who is who across articles is decided from all of them at once.
 */
class OrderFreeIdentityIT {
  @TempDir Path dir;

  private static Article article(String id, String date, String text) {
    return new Article(
        id, LocalDate.parse(date), Optional.empty(), Optional.empty(), text, id + ".txt");
  }

  static final List<Article> FIRST =
      List.of(
          article(
              "trump-alone",
              "2016-05-13",
              "Trump met Ryan in Washington on Thursday. \"We had a great conversation,\" Trump said."),
          article(
              "clinton-alone",
              "2016-05-13",
              "Clinton spoke with Sanders by phone on Wednesday, her campaign said."),
          article(
              "lavrov-alone",
              "2016-05-13",
              "Lavrov said on Friday that Moscow was ready for talks with Kerry in Geneva."));

  static final List<Article> SECOND =
      List.of(
          article(
              "trump-full",
              "2016-05-13",
              "Donald Trump met House Speaker Paul Ryan in Washington on Thursday, aides said."),
          article(
              "clinton-full",
              "2016-05-13",
              "Hillary Clinton, the former secretary of state, spoke with Bernie Sanders on"
                  + " Wednesday. \"It was a good call,\" Hillary Clinton said."),
          article(
              "lavrov-full",
              "2016-05-14",
              "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in"
                  + " Geneva on Saturday."));

  /** A store's named graphs, each as a model. */
  static Map<String, Model> graphs(ParleyStore store) {
    Map<String, Model> out = new TreeMap<>();
    Txn.executeRead(
        store.dataset(),
        () ->
            store
                .dataset()
                .listModelNames()
                .forEachRemaining(
                    n ->
                        out.put(
                            n.getURI(),
                            ModelFactory.createDefaultModel()
                                .add(store.dataset().getNamedModel(n.getURI())))));
    return out;
  }

  private Map<String, Model> store(String name, int threads, List<List<Article>> runs) {
    try (ParleyStore store = ParleyStore.open(dir.resolve(name))) {
      Ingester ingester = new Ingester(store, threads);
      for (List<Article> run : runs) {
        ingester.ingest(new ReadResult(run, List.of()), IngestListener.NONE);
      }
      return graphs(store);
    }
  }

  static void assertSameStore(Map<String, Model> a, Map<String, Model> b, String what) {
    assertEquals(a.keySet(), b.keySet(), what + ": the same graphs");
    for (String g : a.keySet()) {
      assertTrue(a.get(g).isIsomorphicWith(b.get(g)), what + ": graph " + g);
    }
  }

  @Test
  void twoBatchesInEitherOrderAndOneRunOnOneOrThreeThreadsGiveTheSameStore() {
    List<Article> all = new ArrayList<>(FIRST);
    all.addAll(SECOND);
    List<Article> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    Map<String, Model> firstThenSecond = store("a", 1, List.of(FIRST, SECOND));
    Map<String, Model> secondThenFirst = store("b", 1, List.of(SECOND, FIRST));
    Map<String, Model> oneRunThreeThreads = store("c", 3, List.of(reversed));
    Map<String, Model> oneRunOneThread = store("d", 1, List.of(all));
    assertSameStore(firstThenSecond, secondThenFirst, "batches in the other order");
    assertSameStore(firstThenSecond, oneRunThreeThreads, "one run, three threads");
    assertSameStore(firstThenSecond, oneRunOneThread, "one run, one thread");

    Set<String> persons = new TreeSet<>();
    firstThenSecond
        .get(org.w3id.parley.rdf.Iris.article("trump-alone"))
        .listObjectsOfProperty(org.w3id.parley.vocab.PARLEY.participant)
        .forEachRemaining(p -> persons.add(p.asResource().getLocalName()));
    assertEquals(
        Set.of("donald-trump", "paul-ryan"), persons, "the short names found their persons");
  }

  @Test
  void aNameJoinedAcrossArticlesIsAMergeForReviewAndLinksFollowTheRenamedPerson() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("joins"))) {
      Ingester ingester = new Ingester(store, 1);
      ingester.ingest(new ReadResult(List.of(FIRST.get(0)), List.of()), IngestListener.NONE);
      // what `parley link` would have said of the person the first run made
      Model links = ModelFactory.createDefaultModel();
      links
          .createResource(org.w3id.parley.vocab.PARLEY.ID + "person/trump")
          .addProperty(
              org.w3id.parley.vocab.PARLEY.wikipedia,
              links.createResource("https://en.wikipedia.org/wiki/Donald_Trump"));
      store.replaceGraph(org.w3id.parley.rdf.Iris.linksGraph(), links);

      ingester.ingest(new ReadResult(List.of(SECOND.get(0)), List.of()), IngestListener.NONE);

      Map<String, Model> g = graphs(store);
      Model merges = g.get(org.w3id.parley.rdf.Iris.mergesGraph("trump-alone"));
      var merge =
          merges
              .listSubjectsWithProperty(org.w3id.parley.vocab.PARLEY.method, "store-surname")
              .filterKeep(m -> m.hasProperty(org.w3id.parley.vocab.PARLEY.name, "Trump"))
              .toList();
      assertEquals(1, merge.size(), "Trump joined to Donald Trump is a merge for review");
      assertEquals(
          org.w3id.parley.vocab.PARLEY.ID + "person/donald-trump",
          merge.get(0).getPropertyResourceValue(org.w3id.parley.vocab.PARLEY.person).getURI());
      var evidence = merge.get(0).getPropertyResourceValue(org.w3id.parley.vocab.PARLEY.evidence);
      Model article = g.get(org.w3id.parley.rdf.Iris.article("trump-alone"));
      assertEquals(
          "Trump",
          article
              .getResource(evidence.getURI())
              .getProperty(org.w3id.parley.vocab.PARLEY.anchor)
              .getString());
      Model linked = g.get(org.w3id.parley.rdf.Iris.linksGraph());
      assertTrue(
          linked.containsResource(
              linked.getResource(org.w3id.parley.vocab.PARLEY.ID + "person/donald-trump")),
          "the link follows the person");
      assertTrue(
          !linked.containsResource(
              linked.getResource(org.w3id.parley.vocab.PARLEY.ID + "person/trump")));
    }
  }
}
