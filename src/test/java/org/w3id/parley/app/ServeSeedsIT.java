package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.store.ParleyStore;

/**
 * The seed article ingested, then served by Fuseki from the repository's fuseki-config.ttl over
 * real HTTP.
 */
class ServeSeedsIT {
  @TempDir Path dir;

  @Test
  void theSeedsMeetingsAnswerOverHttpAndTheUiLoads() throws Exception {
    Path tdb = dir.resolve("tdb2");
    try (ParleyStore store = ParleyStore.open(tdb)) {
      TestStores.ingest(store, TestStores.seedArticle());
    }
    try (ParleyServer server =
        ParleyServer.builder()
            .config(Path.of("fuseki-config.ttl"))
            .store(tdb)
            .port(0)
            .build()
            .start()) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String query =
          TestStores.PREFIXES
              + "SELECT ?date ?place WHERE { ?m a parley:Meeting ; parley:date ?date ; parley:location/rdfs:label ?place ;"
              + " parley:participant/rdfs:label \"Sergey Lavrov\" }";
      HttpRequest request =
          HttpRequest.newBuilder(server.baseUri().resolve("kg/sparql"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept", "application/sparql-results+json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
              .build();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(
          answer.body().contains("\"Baku\"") && answer.body().contains("2019-12-03"),
          answer.body());
      assertTrue(server.baseUri().getHost().equals("127.0.0.1"), server.baseUri().toString());
      // The root leads to the query page.
      HttpResponse<String> ui =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(server.baseUri()).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ui.statusCode());
      assertTrue(ui.body().contains("<title>Parley · Query</title>"), ui.body());
    }
  }
}
