package org.w3id.parley.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ResolvedGraph;
import org.w3id.parley.store.ParleyStore;

/**
 * Cross-article identity for a whole store, after a run has written its articles with their own
 * person keys: every article's persons resolved at once ({@link Resolution}), and each article
 * whose persons' keys or labels that changes written again, in transactions of up to 500 articles.
 * Links to Wikidata and undone merges follow a person whose key changes. The store that results
 * depends on the set of articles only, not on the order or the runs they came in.
 *
 * <pre>{@code
 * StoreResolution.Outcome o = StoreResolution.run(store);
 * }</pre>
 */
final class StoreResolution {
  private static final Logger LOG = LoggerFactory.getLogger(StoreResolution.class);

  /** What a resolution did: persons in the store, articles written again. */
  record Outcome(int persons, int rewritten) {}

  /**
   * Articles written again per transaction: each commit costs the full-text index a commit too
   * (about 0.1 s), which one per article made most of a resolution's time (600 articles: 64 s).
   */
  private static final int BATCH = 500;

  private StoreResolution() {}

  static Outcome run(ParleyStore store) {
    long began = System.nanoTime();
    Resolution.Persons seen = new Resolution.Persons();
    store.select(Resolution.Persons.query(), seen::add);
    Resolution resolution = Resolution.of(seen, store.overrides(Iris.overridesGraph()));
    int rewritten = 0;
    Map<String, Model> batch = new LinkedHashMap<>();
    for (String article : resolution.articles()) {
      if (resolution.changes(article)) {
        String graph = Iris.article(article);
        String mergesGraph = Iris.mergesGraph(article);
        Model[] current = new Model[2];
        Txn.executeRead(
            store.dataset(),
            () -> {
              current[0] = Resolution.copy(store.dataset().getNamedModel(graph));
              current[1] = Resolution.copy(store.dataset().getNamedModel(mergesGraph));
            });
        batch.putAll(resolution.resolve(article, current[0], current[1]));
        rewritten++;
        if (rewritten % BATCH == 0) {
          store.replaceGraphs(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      store.replaceGraphs(batch);
    }
    followRenames(store, resolution.moved());
    LOG.info(
        "resolved {} article persons into {} persons; {} articles written again in {} s",
        seen.count(),
        resolution.persons(),
        rewritten,
        String.format("%.1f", (System.nanoTime() - began) / 1e9));
    return new Outcome(resolution.persons(), rewritten);
  }

  /** Links and undone merges name persons by key: they follow a person whose key moved. */
  private static void followRenames(ParleyStore store, Map<String, String> moved) {
    if (moved.isEmpty()) {
      return;
    }
    for (String graph : List.of(Iris.linksGraph(), Iris.overridesGraph())) {
      Model[] current = new Model[1];
      Txn.executeRead(
          store.dataset(),
          () ->
              current[0] =
                  store.dataset().containsNamedModel(graph)
                      ? Resolution.copy(store.dataset().getNamedModel(graph))
                      : null);
      if (current[0] == null || current[0].isEmpty()) {
        continue;
      }
      if (ResolvedGraph.renamePersons(current[0], moved)) {
        store.replaceGraph(graph, current[0]);
      }
    }
  }
}
