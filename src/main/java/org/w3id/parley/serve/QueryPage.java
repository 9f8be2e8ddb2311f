package org.w3id.parley.serve;

import static org.w3id.parley.serve.PageFiles.CSS;
import static org.w3id.parley.serve.PageFiles.HTML;
import static org.w3id.parley.serve.PageFiles.JS;

import com.google.common.base.Suppliers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.parley.serve.PageFiles.Asset;

/**
 * Parley's query page at {@code /query}: YASGUI (the SPARQL editor and result views the Fuseki UI
 * uses too) on {@code /kg/sparql}, with the analyst queries of {@code queries/} as examples and
 * Parley's prefixes known to the editor; result IRIs under {@code https://w3id.org/parley/id/} link
 * to the local {@code /id/…} pages.
 *
 * <p>The Fuseki UI cannot be given examples or prefixes (apache/jena issue 1793), hence a page of
 * our own. Like {@link GraphPage}, it hands out a fixed set of files: its HTML, JavaScript and CSS
 * ({@code query/} next to this class), YASGUI's bundle from its WebJar, and two JSON documents made
 * here, {@code examples.json} (the {@link ExampleQuery}s) and {@code prefixes.json} (prefix to
 * namespace, in the form prefix.cc serves, which YASGUI's prefix completion reads).
 */
final class QueryPage extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String OWN = "org/w3id/parley/serve/query/";
  private static final String YASGUI = PageFiles.webjar("zazuko__yasgui", "/query") + "build/";

  /** The prefixes the editor knows, in the order a new query declares them. */
  private static final Map<String, String> PREFIXES = prefixes();

  private static final Map<String, Asset> FILES =
      Map.of(
          "",
          new Asset(OWN + "index.html", HTML),
          "/",
          new Asset(OWN + "index.html", HTML),
          "/query.js",
          new Asset(OWN + "query.js", JS),
          "/query.css",
          new Asset(OWN + "query.css", CSS),
          "/lib/yasgui.min.js",
          new Asset(YASGUI + "yasgui.min.js", JS),
          "/lib/yasgui.min.css",
          new Asset(YASGUI + "yasgui.min.css", CSS));

  // Read on first use: scanning the classpath for the queries costs a few hundred milliseconds
  // that a server start need not wait for.
  private final transient Supplier<byte[]> examples =
      Suppliers.memoize(() -> json(examplesJson(ExampleQueries.fromClasspath())));

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    switch (path) {
      case "/examples.json" -> PageFiles.send(resp, PageFiles.JSON, examples.get());
      case "/prefixes.json" -> PageFiles.send(resp, PageFiles.JSON, json(prefixesJson()));
      default -> PageFiles.serve(FILES, "/query", req, resp);
    }
  }

  static JsonArray examplesJson(List<ExampleQuery> queries) {
    JsonArray array = new JsonArray();
    for (ExampleQuery q : queries) {
      JsonObject o = new JsonObject();
      o.put("id", q.id());
      o.put("number", q.number());
      o.put("name", q.name());
      o.put("comment", q.comment());
      o.put("parameters", q.parameters());
      o.put("query", q.query());
      array.add(o);
    }
    return array;
  }

  private static JsonObject prefixesJson() {
    JsonObject o = new JsonObject();
    PREFIXES.forEach(o::put);
    return o;
  }

  private static byte[] json(JsonValue value) {
    return JSON.toString(value).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> prefixes() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put("parley", Html.ONTOLOGY);
    prefixes.put("rdf", RDF.getURI());
    prefixes.put("rdfs", RDFS.getURI());
    prefixes.put("owl", OWL.getURI());
    prefixes.put("xsd", XSD.getURI());
    prefixes.put("skos", SKOS.getURI());
    prefixes.put("text", TextQuery.NS);
    prefixes.put("wd", "http://www.wikidata.org/entity/");
    prefixes.put("wdt", "http://www.wikidata.org/prop/direct/");
    return Collections.unmodifiableMap(prefixes);
  }

  /** {@code GET /}: the query page is where an analyst starts; the Fuseki UI is /index.html. */
  static final class Root extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.sendRedirect(req.getContextPath() + "/query");
    }
  }
}
