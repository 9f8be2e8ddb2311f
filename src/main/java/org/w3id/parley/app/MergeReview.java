package org.w3id.parley.app;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * The merges an analyst can review and undo. {@link #list} shows every name Parley joined to a
 * person other than by its full label; {@link #unmerge} records that a name is not that person (in
 * the overrides graph, which later ingests respect) and extracts the affected articles again, so
 * the name becomes a person of its own with its own facts.
 *
 * <pre>{@code
 * new MergeReview(store).unmerge("000_dd508a3738293a43/1a2b3c4d5e6f");
 * }</pre>
 */
public final class MergeReview {
  static final String LIST =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?merge ?person ?name ?method ?score ?article ?sentence WHERE {
        { SELECT ?merge ?p ?name ?method ?score ?ev WHERE {
            GRAPH ?g { ?merge a parley:Merge ; parley:person ?p ; parley:name ?name ; parley:method ?method ;
                              parley:score ?score ; parley:evidence ?ev } } }
        ?ev parley:article/parley:id ?article ; parley:sentence ?sentence .
        { SELECT ?p (SAMPLE(?l) AS ?person) WHERE { ?p rdfs:label ?l } GROUP BY ?p }
      } ORDER BY ?person ?method ?name ?article
      """;

  private final ParleyStore store;

  public MergeReview(ParleyStore store) {
    this.store = store;
  }

  /** Writes the merges table in the given format; returns how many there are. */
  public long list(QueryRunner.Format format, OutputStream out) {
    return new QueryRunner(store).run(LIST, format, out);
  }

  /**
   * Undoes a merge: the name is no longer that person in any article, now or on later ingests.
   *
   * @param id the merge IRI, or its last two path segments ({@code ARTICLE/HASH}) as {@code parley
   *     merges} shows
   * @return the ids of the articles extracted again
   */
  public List<String> unmerge(String id) {
    String iri = id.startsWith("http") ? id : PARLEY.ID + "merge/" + id;
    String[] found = find(iri);
    if (found == null) {
      throw new ParleyException("no merge " + id + "; `parley merges` lists them");
    }
    String person = found[0];
    String name = found[1];
    Model decision = ModelFactory.createDefaultModel();
    Resource u = decision.createResource(iri.replace("/merge/", "/unmerge/"), PARLEY.Unmerge);
    u.addProperty(PARLEY.person, decision.createResource(person));
    u.addProperty(PARLEY.name, name);
    u.addLiteral(
        PARLEY.decided,
        decision.createTypedLiteral(LocalDate.now().toString(), XSDDatatype.XSDdate));
    store.addToGraph(Iris.overridesGraph(), decision);
    List<Article> articles = articlesWith(person, name);
    new Ingester(store).ingest(new ReadResult(articles, List.of()), IngestListener.NONE, true);
    return articles.stream().map(Article::id).toList();
  }

  private String[] find(String iri) {
    String q =
        "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?p ?n WHERE { GRAPH ?g { <"
            + iri
            + "> parley:person ?p ; parley:name ?n } } LIMIT 1";
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
            var rs = qe.execSelect();
            if (!rs.hasNext()) {
              return null;
            }
            QuerySolution s = rs.next();
            return new String[] {s.getResource("p").getURI(), s.getLiteral("n").getString()};
          }
        });
  }

  /** Every article whose merges joined this name to this person, rebuilt from the store. */
  private List<Article> articlesWith(String person, String name) {
    String q =
        """
        PREFIX parley: <https://w3id.org/parley/ontology#>
        SELECT DISTINCT ?id ?published ?title ?url ?text WHERE {
          GRAPH ?g { ?m a parley:Merge ; parley:person ?p ; parley:name ?n ; parley:evidence ?ev }
          ?ev parley:article ?a .
          ?a parley:id ?id ; parley:published ?published ; parley:text ?text .
          OPTIONAL { ?a parley:title ?title } OPTIONAL { ?a parley:url ?url }
        }""";
    var pq = new org.apache.jena.query.ParameterizedSparqlString(q);
    pq.setIri("p", person);
    pq.setLiteral("n", name);
    List<Article> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    store.select(
        pq.asQuery(),
        s -> {
          String articleId = s.getLiteral("id").getString();
          if (seen.add(articleId)) {
            out.add(
                new Article(
                    articleId,
                    LocalDate.parse(s.getLiteral("published").getLexicalForm()),
                    Optional.ofNullable(s.getLiteral("title")).map(l -> l.getString()),
                    Optional.ofNullable(s.getResource("url")).map(Resource::getURI),
                    s.getLiteral("text").getString(),
                    "store " + articleId));
          }
        });
    return out;
  }
}
