package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.w3id.parley.TestStores;
import org.w3id.parley.link.WikipediaLinker;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.store.ParleyStore;

/**
 * What {@code parley serve --watch DIR} runs, in the test's JVM: a store in {@code dir/tdb2} served
 * over HTTP on an ephemeral loopback port from the dataset the store opened, and a watcher of
 * {@code dir/inbox} ingesting into it (looking every 200 ms) and linking persons to Wikipedia after
 * each batch that stored articles, its report lines kept.
 */
final class WatchedServer implements AutoCloseable {
  static final String PREFIXES =
      TestStores.PREFIXES + "PREFIX text: <http://jena.apache.org/text#>\n";
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  final Path inbox;
  final List<String> report = Collections.synchronizedList(new ArrayList<>());
  private final ParleyStore store;
  private final ParleyServer server;
  private final FolderWatcher watcher;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Ingests {@code before} (if any) with the real pipeline, then serves and watches. */
  WatchedServer(Path dir, Path... before) throws IOException {
    inbox = Files.createDirectories(dir.resolve("inbox"));
    store = ParleyStore.open(dir.resolve("tdb2"));
    if (before.length > 0) {
      TestStores.ingest(store, before);
    }
    server =
        ParleyServer.builder()
            .config(Path.of("fuseki-config.ttl"))
            .dataset(store.dataset().asDatasetGraph())
            .port(0)
            .build()
            .start();
    WikipediaLinking linking = WikipediaLinking.inCache(TestStores.cacheDir(), report::add);
    watcher =
        FolderWatcher.ingesting(
                new Ingester(store, 2), List.of(inbox), Duration.ofMillis(200), report::add)
            .afterArticlesLand(
                () -> {
                  WikipediaLinker.Report r = linking.link(store);
                  return "linked " + r.linked() + " of " + r.considered() + " persons";
                })
            .start();
  }

  URI sparql() {
    return server.baseUri().resolve("kg/sparql");
  }

  /** POSTs a query (prefixes added) for CSV results; the response as it came. */
  HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(sparql())
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv")
            .POST(BodyPublishers.ofString(PREFIXES + sparql))
            .build(),
        BodyHandlers.ofString());
  }

  /** The rows of a CSV answer, header left out; fails on anything but 200. */
  List<String> rows(String sparql) throws IOException, InterruptedException {
    HttpResponse<String> response = query(sparql);
    if (response.statusCode() != 200) {
      fail("HTTP " + response.statusCode() + " for " + sparql + ":\n" + response.body());
    }
    List<String> lines = new ArrayList<>(response.body().lines().toList());
    lines.remove(0);
    return lines;
  }

  /** The single number a {@code SELECT (COUNT(...) AS ?n)} answers. */
  long count(String sparql) throws IOException, InterruptedException {
    return Long.parseLong(rows(sparql).get(0).trim());
  }

  /** Waits until {@code condition} holds; fails naming {@code what}, with the report, if never. */
  void await(String what, Check condition) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.holds()) {
        return;
      }
      Thread.sleep(200);
    }
    fail("never saw " + what + " within " + PATIENCE + "; the watcher reported:\n" + report);
  }

  /** A condition that may query the server. */
  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }

  @Override
  public void close() {
    watcher.close();
    server.close();
    store.close();
  }
}
