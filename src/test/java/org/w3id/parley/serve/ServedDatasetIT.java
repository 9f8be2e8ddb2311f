package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.store.ParleyStore;

/**
 * A server given the dataset a {@link ParleyStore} opened, as {@code parley serve --watch} runs it:
 * the configuration's endpoints over that dataset, its full-text index included, with the store
 * still open (and its index write-locked) in the same JVM; closing the server leaves the store
 * usable.
 */
class ServedDatasetIT {
  @TempDir Path dir;

  private static HttpResponse<String> get(ParleyServer server, String query) throws Exception {
    String url = "kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.baseUri().resolve(url))
                .header("Accept", "text/csv")
                .build(),
            BodyHandlers.ofString());
  }

  @Test
  void servesTheOpenStoreThroughTheConfiguredEndpointsAndLeavesItOpen() throws Exception {
    Path folder = dir.resolve("tdb2");
    SampleStore.write(folder);
    // The configuration names the very store that is open, as `parley serve --watch` has it by
    // default (fuseki-config.ttl and the store both at data/tdb2).
    Path config = dir.resolve("config.ttl");
    try (Writer out = Files.newBufferedWriter(config)) {
      ServerConfig.withStore(ServerConfig.load(ParleyServerIT.CONFIG), folder, config)
          .write(out, "TURTLE");
    }
    try (ParleyStore store = ParleyStore.open(folder)) {
      try (ParleyServer server =
          ParleyServer.builder()
              .config(config)
              .dataset(store.dataset().asDatasetGraph())
              .port(0)
              .build()
              .start()) {
        HttpResponse<String> labels = get(server, ParleyServerIT.LABELS);
        assertEquals(200, labels.statusCode(), labels.body());
        assertTrue(labels.body().contains(SampleStore.ALICE), labels.body());

        HttpResponse<String> found =
            get(
                server,
                "PREFIX text: <http://jena.apache.org/text#>"
                    + " SELECT ?s { ?s text:query (<http://www.w3.org/2000/01/rdf-schema#label>"
                    + " 'bob') }");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains(SampleStore.BOB), found.body());
      }
      assertEquals(SampleStore.TRIPLES, store.size(), "the store outlives the server");
    }
  }
}
