package org.w3id.parley.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/**
 * Linking against a local server that answers like the Wikidata API (the real one is on the
 * internet, which tests cannot reach): the right humans are linked, ambiguous names are not, the
 * cache makes a second run free, and an unreachable API changes nothing.
 */
class WikidataLinkIT {
  private static final Map<String, String> SEARCH =
      Map.of(
          "Sergey Lavrov", "[\"Q20931\", \"Q99999\"]",
          "Ilham Aliyev", "[\"Q3384\", \"Q3385\"]",
          "Elmar Mammadyarov", "[\"Q1001\", \"Q1002\"]",
          "TASS", "[\"Q20897\"]");

  private static final Map<String, String> ENTITIES =
      Map.of(
          "Q20931",
              positioned(
                  entity("Q20931", "Sergey Lavrov", "Q5", "Q159"),
                  "Q4294693",
                  "+2004-03-09T00:00:00Z",
                  null),
          "Q99999", entity("Q99999", "Sergey Lavrov", "Q11446", "Q159"),
          "Q3384",
              positioned(
                  entity("Q3384", "Ilham Aliyev", "Q5", "Q227"),
                  "Q1045",
                  "+2003-10-31T00:00:00Z",
                  "+2010-01-01T00:00:00Z"),
          "Q3385", entity("Q3385", "Ilham Aliyev", "Q5", "Q159"),
          "Q1001", entity("Q1001", "Elmar Mammadyarov", "Q5", "Q227"),
          "Q1002", entity("Q1002", "Elmar Mammadyarov", "Q5", "Q227"),
          "Q4294693",
              entity("Q4294693", "Minister of Foreign Affairs of Russia", "Q4164871", "Q159"),
          "Q1045", entity("Q1045", "President of Azerbaijan", "Q4164871", "Q227"),
          "Q20897", entity("Q20897", "TASS", "Q192283", "Q159"));

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  private static String entity(String id, String label, String instanceOf, String citizenship) {
    return "\""
        + id
        + "\": {\"id\": \""
        + id
        + "\", \"labels\": {\"en\": {\"language\": \"en\", \"value\": \""
        + label
        + "\"}}, \"claims\": {"
        + claim("P31", instanceOf)
        + ", "
        + claim("P27", citizenship)
        + "}}";
  }

  /** Adds a position held (P39) with start and, if given, end qualifiers. */
  private static String positioned(String entity, String position, String start, String end) {
    String qualifiers =
        "\"P580\": [" + time(start) + "]" + (end == null ? "" : ", \"P582\": [" + time(end) + "]");
    String p39 =
        "\"P39\": [{\"mainsnak\": {\"snaktype\": \"value\", \"property\": \"P39\", \"datavalue\":"
            + " {\"type\": \"wikibase-entityid\", \"value\": {\"entity-type\": \"item\", \"id\": \""
            + position
            + "\"}}}, \"qualifiers\": {"
            + qualifiers
            + "}}]";
    return entity.substring(0, entity.length() - 2) + ", " + p39 + "}}";
  }

  private static String time(String t) {
    return "{\"datavalue\": {\"type\": \"time\", \"value\": {\"time\": \"" + t + "\"}}}";
  }

  private static String claim(String property, String item) {
    return "\""
        + property
        + "\": [{\"mainsnak\": {\"snaktype\": \"value\", \"property\": \""
        + property
        + "\", \"datavalue\": {\"type\": \"wikibase-entityid\", \"value\": {\"entity-type\": \"item\", \"id\": \""
        + item
        + "\"}}}}]";
  }

  @BeforeEach
  void startFakeWikidata() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/w/api.php",
        exchange -> {
          hits.incrementAndGet();
          Map<String, String> q = new HashMap<>();
          for (String kv : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            q.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
          }
          String body;
          if (q.containsKey("titles")) {
            String id = q.get("titles").equals("Elmar Mammadyarov") ? "Q1001" : "-1";
            body = "{\"entities\": {\"" + id + "\": {\"id\": \"" + id + "\"}}}";
          } else if (q.get("action").equals("wbsearchentities")) {
            String ids = SEARCH.getOrDefault(q.get("search"), "[]");
            body = "{\"search\": " + ids.replaceAll("\"(Q\\d+)\"", "{\"id\": \"$1\"}") + "}";
          } else {
            StringBuilder sb = new StringBuilder("{\"entities\": {");
            String[] ids = q.get("ids").split("\\|");
            for (int i = 0; i < ids.length; i++) {
              sb.append(i == 0 ? "" : ", ").append(ENTITIES.get(ids[i]));
            }
            body = sb.append("}}").toString();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI api() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
  }

  private static List<Map<String, String>> links(ParleyStore store) {
    return TestStores.select(
        store,
        "SELECT ?label ?wd WHERE { GRAPH <https://w3id.org/parley/id/links> { ?p owl:sameAs ?wd } ?p rdfs:label ?label }");
  }

  @Test
  void linksTheOneFittingHumanAndCachesTheAnswers() {
    Path cache = dir.resolve("cache.jsonl");
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seedArticle());
      PersonLinker.Report r =
          new PersonLinker(store, new WikidataClient(api(), cache, Duration.ZERO)).link();
      List<Map<String, String>> links = links(store);
      assertTrue(
          links.contains(
              Map.of("label", "Sergey Lavrov", "wd", "http://www.wikidata.org/entity/Q20931")),
          links.toString());
      assertTrue(
          links.contains(
              Map.of("label", "Ilham Aliyev", "wd", "http://www.wikidata.org/entity/Q3384")),
          "Q3385 is a Russian namesake");
      assertEquals(2, r.linked());
      assertEquals(1, r.organisations(), "TASS, a news agency, not a human");
      assertTrue(
          links.contains(Map.of("label", "TASS", "wd", "http://www.wikidata.org/entity/Q20897")),
          links.toString());
      assertEquals(
          1, r.ambiguous(), "two Azerbaijani Elmar Mammadyarovs: no link rather than a guess");
      assertTrue(r.requests() > 0);
      int before = hits.get();
      PersonLinker.Report second =
          new PersonLinker(store, new WikidataClient(api(), cache, Duration.ZERO)).link();
      assertEquals(0, second.requests());
      assertEquals(before, hits.get(), "a second run sends no request");
    }
  }

  @Test
  void aWikipediaArticleDecidesBetweenNamesakes() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seedArticle());
      org.apache.jena.rdf.model.Model m =
          org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
      m.add(
          m.createResource("https://w3id.org/parley/id/person/elmar-mammadyarov"),
          org.w3id.parley.vocab.PARLEY.wikipedia,
          m.createResource("https://en.wikipedia.org/wiki/Elmar_Mammadyarov"));
      store.addToGraph("https://w3id.org/parley/id/links", m);
      new PersonLinker(store, new WikidataClient(api(), dir.resolve("c.jsonl"), Duration.ZERO))
          .link();
      assertTrue(
          links(store)
              .contains(
                  Map.of(
                      "label", "Elmar Mammadyarov", "wd", "http://www.wikidata.org/entity/Q1001")),
          "the article's item, where a name search found two");
    }
  }

  @Test
  void offlineItSaysSoAndChangesNothing() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/w/api.php");
    try (ParleyStore store = ParleyStore.open(dir.resolve("tdb2"))) {
      TestStores.ingest(store, TestStores.seedArticle());
      long quads = store.size();
      LinkException e =
          assertThrows(
              LinkException.class,
              () ->
                  new PersonLinker(
                          store, new WikidataClient(nowhere, dir.resolve("c.jsonl"), Duration.ZERO))
                      .link());
      assertTrue(e.getMessage().startsWith("Wikidata is unreachable"), e.getMessage());
      assertEquals(quads, store.size());
    }
  }
}
