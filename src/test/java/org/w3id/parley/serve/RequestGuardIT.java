package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.RawHttp;

/**
 * The server's boundary, tried as issue 10's review tried it: raw requests (as {@code curl
 * --path-as-is} sends them) that reach the admin API or a write through dot segments, encodings,
 * path parameters, case or a forged Host, each refused, and the "kg" dataset intact after each.
 */
class RequestGuardIT {
  private static final String ASK = "query=ASK%20%7B%7D";
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

  @TempDir static Path dir;
  static ParleyServer server;
  static int port;

  @BeforeAll
  static void start() {
    server = SampleStore.serve(dir.resolve("tdb2"), builder -> builder);
    port = server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** The reviewer's writes and their variants did nothing: "kg" is there, alone and unchanged. */
  @AfterEach
  void datasetIsIntact() {
    RawHttp.Reply datasets = RawHttp.send(port, "GET /$/datasets", RawHttp.host(port));
    assertEquals(200, datasets.status(), datasets.toString());
    assertTrue(datasets.body().contains("\"/kg\""), datasets.body());
    assertEquals(1, datasets.body().split("\"ds.name\"").length - 1, datasets.body());
    String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    RawHttp.Reply rows =
        RawHttp.send(
            port,
            "GET /kg/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8),
            RawHttp.host(port) + "\r\nAccept: text/csv");
    assertEquals(200, rows.status(), rows.toString());
    assertTrue(rows.body().contains("\r\n" + SampleStore.TRIPLES), rows.body());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The reproductions of issue 10: the raw path /$/validate/... routed to /$/datasets.
        "POST   | /$/validate/../datasets?dbName=w&dbType=mem     | 400",
        "DELETE | /$/validate/../datasets/kg                      | 400",
        "POST   | /$/validate/../compact/kg                       | 400",
        "POST   | /$/validate/../backup/kg                        | 400",
        // Encoded dot segments, both cases, and a single dot.
        "POST   | /$/validate/%2e%2e/datasets?dbName=w&dbType=mem | 400",
        "DELETE | /$/ping/%2E%2E/datasets/kg                      | 400",
        "DELETE | /$/ping/.%2e/datasets/kg                        | 400",
        "DELETE | /$/./datasets/kg                                | 400",
        "GET    | /kg/%2e%2e/$/datasets                           | 400",
        // Double slashes, path parameters, backslashes, encoded separators.
        "POST   | /$//datasets?dbName=w&dbType=mem                | 400",
        "POST   | //$/datasets?dbName=w&dbType=mem                | 400",
        "POST   | /$/datasets;x?dbName=w&dbType=mem               | 400",
        "DELETE | /$/datasets/kg;x                                | 400",
        "DELETE | /$/datasets\\kg                                 | 400",
        "DELETE | /$/datasets%5ckg                                | 400",
        "DELETE | /$/datasets%2fkg                                | 400",
        "GET    | /graph/..%2f..%2fpom.xml                        | 400",
        "GET    | /static/%2e%2e/%2e%2e/META-INF/MANIFEST.MF      | 400",
        // Mixed case names no route.
        "POST   | /$/Datasets?dbName=w&dbType=mem                 | 404",
        "DELETE | /$/DATASETS/kg                                  | 404",
        "GET    | /KG/sparql?query=ASK%7B%7D                      | 404",
        "GET    | /kg/SPARQL?query=ASK%7B%7D                      | 404",
        // Admin writes on their own paths, and calls the UI does not make.
        "POST   | /$/datasets?dbName=w&dbType=mem                 | 405",
        "DELETE | /$/datasets/kg                                  | 405",
        "POST   | /$/compact/kg                                   | 404",
        "POST   | /$/backup/kg                                    | 404",
        "GET    | /$/backups-list                                 | 404",
        "POST   | /$/validate/query                               | 404",
        "GET    | /$/metrics                                      | 404",
        "POST   | /$/sleep                                        | 404",
        // Writes on the dataset, and methods nothing serves.
        "POST   | /kg/update                                      | 404",
        "POST   | /kg/upload                                      | 404",
        "PUT    | /kg/get?default                                 | 405",
        "DELETE | /kg?default                                     | 405",
        "PATCH  | /kg?default                                     | 405",
        "TRACE  | /                                               | 405",
        "OPTIONS| /kg/sparql                                      | 405",
        // The same, as the Fuseki UI's page would ask them: refused before the redirect.
        "POST   | /index.html/$/datasets?dbName=w&dbType=mem      | 405",
        "DELETE | /index.html/$/datasets/kg                       | 405",
        "POST   | /index.html/$/compact/kg                        | 404",
        "POST   | /index.html/kg/update                           | 404",
        "PUT    | /index.html/kg/get?default                      | 405",
        "POST   | /index.html/../$/datasets?dbName=w&dbType=mem   | 400",
        "DELETE | /index.html/%2e%2e/$/datasets/kg                | 400",
        "GET    | /index.html//attacker.example/                  | 400",
        "GET    | /index.html/etc/passwd                          | 404",
        // Writes on the query page.
        "POST   | /query                                          | 405",
        "PUT    | /query/examples.json                            | 405",
      })
  void refusedBeforeFusekiSeesIt(String method, String target, int status) {
    RawHttp.Reply reply =
        RawHttp.send(port, method + " " + target, RawHttp.host(port) + "\r\n" + FORM, "");

    assertEquals(status, reply.status(), method + " " + target + ":\n" + reply);
  }

  @Test
  void aRefusalSaysWhy() {
    RawHttp.Reply dots =
        RawHttp.send(port, "POST /$/validate/../datasets", RawHttp.host(port) + "\r\n" + FORM, "");
    RawHttp.Reply write =
        RawHttp.send(port, "DELETE /$/datasets/kg", RawHttp.host(port) + "\r\n" + FORM, "");

    assertTrue(dots.body().contains("dot segment"), dots.body());
    assertTrue(write.body().contains("read-only"), write.body());
    assertEquals("GET, HEAD", write.header("Allow"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/index.html",
        "/favicon.ico",
        "/query",
        "/query/",
        "/query/query.js",
        "/query/lib/yasgui.min.js",
        "/query/examples.json",
        "/query/prefixes.json",
        "/graph",
        "/graph/graph.js",
        "/$/ping",
        "/$/server",
        "/$/datasets",
        "/$/datasets/kg",
        "/$/stats/kg",
        "/kg/sparql?" + ASK,
        "/kg/query?" + ASK,
        "/kg?" + ASK,
        "/kg/?" + ASK,
        "/kg/get?default",
        "/kg?default"
      })
  void whatParleyServesStillAnswers(String target) {
    RawHttp.Reply reply = RawHttp.send(port, "GET " + target, RawHttp.host(port));

    assertEquals(200, reply.status(), target + ":\n" + reply);
  }

  @Test
  void theRootLeadsToTheQueryPage() {
    RawHttp.Reply reply = RawHttp.send(port, "GET /", RawHttp.host(port));

    assertEquals(302, reply.status(), reply.toString());
    assertTrue(reply.header("Location").endsWith("/query"), reply.toString());
  }

  /** The Fuseki UI asks below its page; those calls are sent on to the paths the guard judges. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  | /index.html/$/ping         | /$/ping",
        "GET  | /index.html/$/server       | /$/server",
        "HEAD | /index.html/$/datasets/kg  | /$/datasets/kg",
        "GET  | /index.html/$/stats/kg     | /$/stats/kg",
        "GET  | /index.html/kg/sparql?" + ASK + " | /kg/sparql?" + ASK,
        "POST | /index.html/kg/query       | /kg/query",
      })
  void theFusekiUiCallsBelowItsPageAreRedirected(String method, String target, String meant) {
    RawHttp.Reply reply =
        RawHttp.send(port, method + " " + target, RawHttp.host(port) + "\r\n" + FORM, ASK);

    assertEquals(307, reply.status(), method + " " + target + ":\n" + reply);
    assertTrue(reply.header("Location").endsWith(meant), reply.toString());
  }

  @Test
  void queriesByPostStillAnswer() {
    RawHttp.Reply form =
        RawHttp.send(port, "POST /kg/sparql", RawHttp.host(port) + "\r\n" + FORM, ASK);
    RawHttp.Reply body =
        RawHttp.send(
            port,
            "POST /kg",
            RawHttp.host(port) + "\r\nContent-Type: application/sparql-query",
            "ASK {}");

    assertEquals(200, form.status(), form.toString());
    assertEquals(200, body.status(), body.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "[::1]"})
  void loopbackHostNamesWithThePortAreAnswered(String name) {
    RawHttp.Reply reply = RawHttp.send(port, "GET /$/ping", "Host: " + name + ":" + port);

    assertEquals(200, reply.status(), reply.toString());
  }

  @Test
  void otherHostsAreRefusedAsDnsRebinding() {
    RawHttp.Reply rebound =
        RawHttp.send(port, "GET /kg/sparql?" + ASK, "Host: attacker.example:" + port);
    RawHttp.Reply noPort = RawHttp.send(port, "GET /kg/sparql?" + ASK, "Host: attacker.example");
    RawHttp.Reply otherPort = RawHttp.send(port, "GET /kg/sparql?" + ASK, "Host: 127.0.0.1:1");
    RawHttp.Reply none = RawHttp.send(port, "GET /kg/sparql?" + ASK + " HTTP/1.0", "");

    assertEquals(403, rebound.status(), rebound.toString());
    assertTrue(rebound.body().contains("attacker.example"), rebound.body());
    assertEquals(403, noPort.status(), noPort.toString());
    assertEquals(403, otherPort.status(), otherPort.toString());
    assertEquals(403, none.status(), none.toString());
  }

  @Test
  void crossSitePostsAreRefused() {
    String post = "POST /kg/sparql";
    String head = RawHttp.host(port) + "\r\n" + FORM;
    RawHttp.Reply otherOrigin =
        RawHttp.send(port, post, head + "\r\nOrigin: https://attacker.example", ASK);
    RawHttp.Reply nullOrigin = RawHttp.send(port, post, head + "\r\nOrigin: null", ASK);
    RawHttp.Reply crossSite =
        RawHttp.send(port, post, head + "\r\nSec-Fetch-Site: cross-site", ASK);
    RawHttp.Reply sameSite = RawHttp.send(port, post, head + "\r\nSec-Fetch-Site: same-site", ASK);

    assertEquals(403, otherOrigin.status(), otherOrigin.toString());
    assertTrue(otherOrigin.body().contains("another site"), otherOrigin.body());
    assertEquals(403, nullOrigin.status(), nullOrigin.toString());
    assertEquals(403, crossSite.status(), crossSite.toString());
    assertEquals(403, sameSite.status(), sameSite.toString());
  }

  @Test
  void sameOriginPostsAndCrossSiteLinksAreAnswered() {
    String head = RawHttp.host(port) + "\r\n" + FORM;
    RawHttp.Reply sameOrigin =
        RawHttp.send(
            port,
            "POST /kg/sparql",
            head + "\r\nOrigin: http://127.0.0.1:" + port + "\r\nSec-Fetch-Site: same-origin",
            ASK);
    RawHttp.Reply link =
        RawHttp.send(
            port,
            "GET /graph",
            RawHttp.host(port) + "\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate");

    assertEquals(200, sameOrigin.status(), sameOrigin.toString());
    assertEquals(200, link.status(), link.toString());
  }

  @Test
  void queriesThatPagesOfOtherSitesMakeByThemselvesAreRefused() {
    // What <img src="http://127.0.0.1:3030/kg/sparql?query=..."> on another site sends.
    RawHttp.Reply image =
        RawHttp.send(
            port,
            "GET /kg/sparql?" + ASK,
            RawHttp.host(port) + "\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors");

    assertEquals(403, image.status(), image.toString());
  }

  @Test
  void pagesOfOtherSitesCannotReadAnswers() {
    RawHttp.Reply reply =
        RawHttp.send(
            port,
            "GET /kg/sparql?" + ASK,
            RawHttp.host(port) + "\r\nOrigin: https://attacker.example");

    assertEquals(403, reply.status(), reply.toString());
    assertNull(reply.header("Access-Control-Allow-Origin"), reply.toString());
  }
}
