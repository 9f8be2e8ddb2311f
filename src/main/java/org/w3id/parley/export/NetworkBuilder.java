package org.w3id.parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Reads the network out of a dataset whose default graph holds the facts (the store's union graph,
 * or a CONSTRUCT query's result): persons, countries, organisations, places, meetings and
 * statements as nodes; met, participated-in, said, spoke-about and represents as edges, each with
 * its weight (distinct source articles), first and last date and one evidence sentence.
 *
 * <pre>{@code
 * Network n = new NetworkBuilder(store.dataset()).build();
 * }</pre>
 */
public final class NetworkBuilder {
  private static final String PREFIXES =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      """;

  private static final String ENTITIES =
      PREFIXES
          + """
          SELECT ?n ?type (SAMPLE(?l) AS ?label) (SAMPLE(?cl) AS ?country) (SAMPLE(?wd) AS ?wikidata)
                 (SAMPLE(?wp) AS ?wikipedia) WHERE {
            VALUES ?type { parley:Person parley:Country parley:Organization parley:Place }
            ?n a ?type .
            OPTIONAL { ?n rdfs:label ?l }
            OPTIONAL { { ?n parley:represents/rdfs:label ?cl } UNION { ?n parley:country/rdfs:label ?cl } }
            OPTIONAL { ?n owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
            OPTIONAL { ?n parley:wikipedia ?wp }
          } GROUP BY ?n ?type""";

  private static final String MEETINGS =
      PREFIXES
          + """
          SELECT ?n (SAMPLE(?d) AS ?date) (SAMPLE(?pl) AS ?place)
                 (GROUP_CONCAT(DISTINCT LCASE(STRAFTER(STR(?st), "#")); SEPARATOR="/") AS ?status)
                 (SAMPLE(?md) AS ?mode) WHERE {
            ?n a parley:Meeting .
            OPTIONAL { ?n parley:date ?d } OPTIONAL { ?n parley:location/rdfs:label ?pl }
            OPTIONAL { ?n parley:status ?st } OPTIONAL { ?n parley:mode ?md }
          } GROUP BY ?n""";

  private static final String STATEMENTS =
      PREFIXES
          + "SELECT ?n (SAMPLE(?q) AS ?quote) WHERE { ?n a parley:Statement ; parley:quote ?q } GROUP BY ?n";

  /** Edge queries: each selects ?a ?b, a weight ?w, ?first, ?last, a ?sentence and its ?article. */
  private static final Map<String, String> EDGES =
      Map.of(
          "met",
          """
          ?m a parley:Meeting ; parley:participant ?a, ?b . ?a a parley:Person . ?b a parley:Person .
          FILTER(STR(?a) < STR(?b)) ?m parley:evidence ?ev . OPTIONAL { ?m parley:date ?d }""",
          "participated-in",
          "?b a parley:Meeting ; parley:participant ?a ; parley:evidence ?ev . OPTIONAL { ?b parley:date ?d }",
          "said",
          "?b a parley:Statement ; parley:speaker ?a ; parley:evidence ?ev . OPTIONAL { ?b parley:date ?d }",
          "spoke-about",
          """
          ?s a parley:Statement ; parley:speaker ?a ; parley:about ?b ; parley:evidence ?ev .
          FILTER(?a != ?b) OPTIONAL { ?s parley:date ?d }""",
          "represents",
          // weighted by the article graphs that say it (none in a CONSTRUCT result, which has no
          // graphs)
          "{ GRAPH ?art { ?a parley:represents ?b } } UNION { ?a parley:represents ?b }");

  /** Appended to the edge patterns that bind an evidence mention ?ev. */
  private static final String EVIDENCE =
      " OPTIONAL { ?ev parley:article ?art . OPTIONAL { ?art parley:id ?aid } OPTIONAL { ?ev parley:sentence ?sen } }";

  private final Dataset dataset;

  public NetworkBuilder(Dataset dataset) {
    this.dataset = dataset;
  }

  public Network build() {
    return Txn.calculateRead(dataset, this::read);
  }

  private Network read() {
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    select(
        ENTITIES,
        r ->
            nodes.put(
                iri(r, "n"),
                new GraphNode(
                    iri(r, "n"),
                    local(iri(r, "type")),
                    text(r, "label"),
                    text(r, "country"),
                    text(r, "wikidata"),
                    text(r, "wikipedia"))));
    select(
        MEETINGS,
        r -> {
          String date = text(r, "date");
          String place = text(r, "place");
          String status = text(r, "status");
          String mode = text(r, "mode").endsWith("#Call") ? ", by call" : "";
          String label =
              "Meeting"
                  + (date.isEmpty() ? "" : " " + date)
                  + (place.isEmpty() ? "" : " in " + place)
                  + (status.isEmpty() ? "" : " (" + status + mode + ")");
          nodes.put(iri(r, "n"), new GraphNode(iri(r, "n"), "Meeting", label, "", "", ""));
        });
    select(
        STATEMENTS,
        r -> {
          String quote = text(r, "quote");
          String label = quote.length() > 80 ? quote.substring(0, 77) + "..." : quote;
          nodes.put(iri(r, "n"), new GraphNode(iri(r, "n"), "Statement", label, "", "", ""));
        });
    List<GraphEdge> edges = new ArrayList<>();
    for (var e : EDGES.entrySet()) {
      String q =
          PREFIXES
              + "SELECT ?a ?b (COUNT(DISTINCT ?art) AS ?w) (MIN(?d) AS ?first) (MAX(?d) AS ?last)"
              + " (SAMPLE(?sen) AS ?sentence) (SAMPLE(?aid) AS ?article) WHERE { "
              + e.getValue()
              + (e.getValue().contains("?ev") ? EVIDENCE : "")
              + " } GROUP BY ?a ?b";
      select(
          q,
          r -> {
            String a = iri(r, "a");
            String b = iri(r, "b");
            if (nodes.containsKey(a) && nodes.containsKey(b)) {
              int w = r.contains("w") ? Math.max(1, r.getLiteral("w").getInt()) : 1;
              edges.add(
                  new GraphEdge(
                      a,
                      b,
                      e.getKey(),
                      w,
                      text(r, "first"),
                      text(r, "last"),
                      text(r, "sentence"),
                      text(r, "article")));
            }
          });
    }
    edges.sort(java.util.Comparator.comparing(GraphEdge::id));
    return new Network(new ArrayList<>(nodes.values()), edges);
  }

  /** Keeps the edges a SELECT of ?source ?target ?kind names, with their nodes. */
  public static Network keep(Network all, Set<String> selected) {
    List<GraphEdge> edges =
        all.edges().stream()
            .filter(e -> selected.contains(key(e.source(), e.target(), e.kind())))
            .toList();
    Set<String> ends = new java.util.HashSet<>();
    edges.forEach(
        e -> {
          ends.add(e.source());
          ends.add(e.target());
        });
    return new Network(all.nodes().stream().filter(n -> ends.contains(n.id())).toList(), edges);
  }

  static String key(String source, String target, String kind) {
    return source + "|" + target + "|" + kind;
  }

  private void select(String query, java.util.function.Consumer<QuerySolution> row) {
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
      qe.execSelect().forEachRemaining(row);
    }
  }

  private static String iri(QuerySolution r, String var) {
    return r.getResource(var).getURI();
  }

  private static String text(QuerySolution r, String var) {
    RDFNode n = r.get(var);
    if (n == null) {
      return "";
    }
    return n.isLiteral()
        ? n.asLiteral().getLexicalForm()
        : n.isURIResource() ? n.asResource().getURI() : "";
  }

  private static String local(String iri) {
    return iri.substring(iri.indexOf('#') + 1);
  }
}
