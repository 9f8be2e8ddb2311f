package org.w3id.parley;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;

/**
 * The tests' Wikidata, on a loopback port: a few items in Wikidata's RDF shape (a Turtle file)
 * answered over both protocols Parley speaks to Wikidata, from the same data. {@link #sparql()} is
 * a SPARQL endpoint like https://query.wikidata.org/sparql (a Fuseki), for the federated queries'
 * SERVICE; {@link #api()} answers the Wikidata API's {@code wbsearchentities} and {@code
 * wbgetentities} as {@code parley link --wikidata} asks them.
 *
 * <pre>{@code
 * try (LocalWikidata wd = LocalWikidata.start(Path.of("src/test/resources/wikidata/local-wikidata.ttl"))) {
 *   new QueryRunner(store).run(wd.federated(sparql), QueryRunner.Format.CSV, out);
 * }
 * }</pre>
 */
public final class LocalWikidata implements AutoCloseable {
  /** The public endpoint, as the federated queries in queries/ name it. */
  public static final String PUBLIC_SPARQL = "https://query.wikidata.org/sparql";

  private static final String PREFIXES =
      """
      PREFIX wd: <http://www.wikidata.org/entity/>
      PREFIX wdt: <http://www.wikidata.org/prop/direct/>
      PREFIX p: <http://www.wikidata.org/prop/>
      PREFIX ps: <http://www.wikidata.org/prop/statement/>
      PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <http://schema.org/>
      """;

  private final Dataset data;
  private final FusekiServer server;
  private final AtomicInteger apiRequests = new AtomicInteger();

  private LocalWikidata(Dataset data) {
    this.data = data;
    this.server =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .add("/wdqs", data, false)
            .addServlet("/w/api.php", new Api())
            .build()
            .start();
  }

  /** Serves the items in a Turtle file. */
  public static LocalWikidata start(Path turtle) {
    Dataset data = DatasetFactory.createTxnMem();
    RDFDataMgr.read(data, turtle.toString());
    return new LocalWikidata(data);
  }

  /** The SPARQL endpoint, standing in for {@value #PUBLIC_SPARQL}. */
  public URI sparql() {
    return URI.create("http://127.0.0.1:" + server.getHttpPort() + "/wdqs/sparql");
  }

  /** The API endpoint, standing in for https://www.wikidata.org/w/api.php. */
  public URI api() {
    return URI.create("http://127.0.0.1:" + server.getHttpPort() + "/w/api.php");
  }

  /** How many API requests arrived. */
  public int apiRequests() {
    return apiRequests.get();
  }

  /** The query with its SERVICE calls to Wikidata sent here instead. */
  public String federated(String sparql) {
    return sparql.replace("<" + PUBLIC_SPARQL + ">", "<" + sparql() + ">");
  }

  @Override
  public void close() {
    server.stop();
  }

  private void select(String query, Consumer<QuerySolution> row) {
    Txn.executeRead(
        data,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(data).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(row);
          }
        });
  }

  private static String id(QuerySolution row, String var) {
    String iri = row.getResource(var).getURI();
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  /** The part of the Wikidata API that Parley uses, answered from the data. */
  private final class Api extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      apiRequests.incrementAndGet();
      JsonObject answer =
          switch (req.getParameter("action")) {
            case "wbsearchentities" -> search(req.getParameter("search"));
            case "wbgetentities" ->
                req.getParameter("titles") != null
                    ? itemOfArticle(req.getParameter("titles"))
                    : entities(List.of(req.getParameter("ids").split("\\|")));
            default -> null;
          };
      if (answer == null) {
        resp.sendError(400, "unknown action");
        return;
      }
      resp.setContentType("application/json");
      resp.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Items whose English label or alias is the name, as wbsearchentities finds them. */
    private JsonObject search(String name) {
      JsonArray found = new JsonArray();
      select(
          "SELECT DISTINCT ?i { ?i rdfs:label|skos:altLabel ?l FILTER(LCASE(STR(?l)) = LCASE("
              + literal(name)
              + ")) } ORDER BY ?i",
          row -> found.add(object("id", id(row, "i"))));
      JsonObject o = new JsonObject();
      o.put("search", found);
      return o;
    }

    /** The item of an English Wikipedia article, or the API's "-1" for none. */
    private JsonObject itemOfArticle(String title) {
      String article = "https://en.wikipedia.org/wiki/" + title.replace(' ', '_');
      List<String> items = new ArrayList<>();
      select("SELECT ?i { <" + article + "> schema:about ?i }", row -> items.add(id(row, "i")));
      String key = items.isEmpty() ? "-1" : items.get(0);
      JsonObject entities = new JsonObject();
      entities.put(key, items.isEmpty() ? object("missing", "") : object("id", key));
      JsonObject o = new JsonObject();
      o.put("entities", entities);
      return o;
    }

    /** Labels and item-valued claims; P39 with its start and end qualifiers. */
    private JsonObject entities(List<String> ids) {
      JsonObject entities = new JsonObject();
      for (String id : ids) {
        JsonObject e = object("id", id);
        JsonObject labels = new JsonObject();
        select(
            "SELECT ?l { wd:" + id + " rdfs:label ?l FILTER(LANG(?l) = 'en') }",
            row ->
                labels.put(
                    "en", object("language", "en", "value", row.getLiteral("l").getString())));
        e.put("labels", labels);
        e.put("claims", claims(id));
        entities.put(id, e);
      }
      JsonObject o = new JsonObject();
      o.put("entities", entities);
      return o;
    }

    // From full statements (p:/ps:/pq:) where the data has them, else from truthy wdt: triples.
    private JsonObject claims(String id) {
      Map<String, JsonArray> claims = new LinkedHashMap<>();
      select(
          """
          SELECT ?prop ?v ?start ?end {
            wd:%s ?pp ?st . ?st ?ps ?v .
            BIND(STRAFTER(STR(?pp), STR(p:)) AS ?prop)
            FILTER(?prop != "" && STR(?ps) = CONCAT(STR(ps:), ?prop) && isIRI(?v))
            OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
          }"""
              .formatted(id),
          row ->
              claims
                  .computeIfAbsent(row.getLiteral("prop").getString(), k -> new JsonArray())
                  .add(claim(id(row, "v"), row)));
      Map<String, JsonArray> truthy = new LinkedHashMap<>();
      select(
          """
          SELECT ?prop ?v {
            wd:%s ?pp ?v . BIND(STRAFTER(STR(?pp), STR(wdt:)) AS ?prop) FILTER(?prop != "" && isIRI(?v))
          }"""
              .formatted(id),
          row ->
              truthy
                  .computeIfAbsent(row.getLiteral("prop").getString(), k -> new JsonArray())
                  .add(claim(id(row, "v"), row)));
      truthy.forEach(claims::putIfAbsent);
      JsonObject o = new JsonObject();
      claims.forEach(o::put);
      return o;
    }

    private static JsonObject claim(String item, QuerySolution row) {
      JsonObject value = object("entity-type", "item", "id", item);
      JsonObject datavalue = object("type", "wikibase-entityid");
      datavalue.put("value", value);
      JsonObject mainsnak = object("snaktype", "value");
      mainsnak.put("datavalue", datavalue);
      JsonObject claim = new JsonObject();
      claim.put("mainsnak", mainsnak);
      JsonObject qualifiers = new JsonObject();
      for (String[] q : new String[][] {{"P580", "start"}, {"P582", "end"}}) {
        if (row.contains(q[1])) {
          JsonObject time = object("time", "+" + row.getLiteral(q[1]).getLexicalForm());
          JsonObject dv = object("type", "time");
          dv.put("value", time);
          JsonObject snak = new JsonObject();
          snak.put("datavalue", dv);
          JsonArray snaks = new JsonArray();
          snaks.add(snak);
          qualifiers.put(q[0], snaks);
        }
      }
      claim.put("qualifiers", qualifiers);
      return claim;
    }

    private static String literal(String s) {
      return NodeFmtLib.strNT(NodeFactory.createLiteralString(s));
    }

    private static JsonObject object(String... keyValues) {
      JsonObject o = new JsonObject();
      for (int i = 0; i < keyValues.length; i += 2) {
        o.put(keyValues[i], keyValues[i + 1]);
      }
      return o;
    }
  }
}
