package org.w3id.parley.link;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.parley.extract.entity.Names;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * {@code parley link --wikipedia}: links persons to English Wikipedia articles offline, from
 * Wikipedia's own anchor statistics. A person is linked only by a full name (a surname alone is
 * never enough: "Aliyev" could be the father), and only when that name links to one article at
 * least {@value #MIN_PROBABILITY} of the time and the article's title carries the surname.
 *
 * <pre>{@code
 * try (WikiIndex index = WikiIndex.open(path)) { new WikipediaLinker(store, index).link(); }
 * }</pre>
 */
public final class WikipediaLinker {
  static final double MIN_PROBABILITY = 0.9;
  private static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";

  private static final String PERSONS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?p ?label WHERE {
        ?p a parley:Person ; rdfs:label ?label .
        FILTER NOT EXISTS { ?p parley:wikipedia ?w }
      }""";

  /**
   * What a run did.
   *
   * @param considered persons with a full name and no Wikipedia link yet
   * @param linked persons linked now
   */
  public record Report(int considered, int linked) {}

  private final ParleyStore store;
  private final WikiIndex index;

  public WikipediaLinker(ParleyStore store, WikiIndex index) {
    this.store = store;
    this.index = index;
  }

  public Report link() {
    Map<String, String> names = Labels.longest(store, PERSONS, (p, row) -> {});
    Model links = ModelFactory.createDefaultModel();
    int considered = 0;
    for (var e : names.entrySet()) {
      String[] words = e.getValue().trim().split("\\s+");
      if (words.length < 2) {
        continue;
      }
      considered++;
      article(e.getValue(), words[words.length - 1])
          .ifPresent(
              title ->
                  links.add(
                      links.createResource(e.getKey()),
                      PARLEY.wikipedia,
                      links.createResource(WIKIPEDIA + title)));
    }
    if (!links.isEmpty()) {
      store.addToGraph(Iris.linksGraph(), links);
    }
    return new Report(considered, (int) links.size());
  }

  private Optional<String> article(String name, String surname) {
    return index
        .lookup(name)
        .filter(en -> en.probability() >= MIN_PROBABILITY)
        .filter(en -> Names.fold(en.title()).contains(Names.fold(surname)))
        .map(WikiIndex.Entry::title);
  }
}
