package org.w3id.parley.app;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ArticleFolder;

/**
 * One extracted article's part in resolution, for a runner that resolves where the articles lie
 * (the Spark job): the persons its graph describes, to resolve with every other article's, and,
 * once that is decided, its graphs as {@code parley load} resolves them (the same code, {@code
 * Resolution}).
 *
 * <pre>{@code
 * ArticleFolder.Entry e = ArticleFolder.read(file);
 * List<PersonDescription> mine = ArticleResolution.persons(e);
 * // ... PersonResolution over all articles' descriptions, elsewhere ...
 * Map<String, Model> graphs = ArticleResolution.graphs(e, personsOfThisArticle);
 * }</pre>
 */
public final class ArticleResolution {
  private ArticleResolution() {}

  /** The persons the article's graph describes, under its own keys, as resolution reads them. */
  public static List<PersonDescription> persons(ArticleFolder.Entry article) {
    Resolution.Persons seen = new Resolution.Persons();
    seen.read(article);
    return seen.descriptions();
  }

  /**
   * The article's graphs (by graph IRI: its graph, and its merges graph unless it has none) once
   * resolved: as extracted if resolution changes nothing in them, else with each person under its
   * resolved key and label and a merge for review for each name joined to other articles' persons.
   *
   * @param persons the resolved persons ({@link PersonResolution#resolve}, or its parts) that the
   *     article's persons are members of; members of other articles are not needed
   */
  public static Map<String, Model> graphs(
      ArticleFolder.Entry article, List<PersonResolution.Person> persons) {
    Resolution.Persons seen = new Resolution.Persons();
    seen.read(article);
    return Resolution.of(seen, persons).resolved(article);
  }
}
