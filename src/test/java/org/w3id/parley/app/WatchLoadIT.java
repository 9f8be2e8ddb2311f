package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;

/**
 * Queries during ingest: 16 clients ask the served store for its meeting count, over and over,
 * while the watcher ingests articles dropped into its folder. Every answer must be a 200, and no
 * client may ever see the count go down: each query reads one committed snapshot, and articles only
 * add meetings. The clients run for {@code -Dparley.watch.seconds} (default 10; {@code
 * bench/watch-load.sh} runs the 60 s version on the CLI) and at least until one ingested article
 * added meetings, so that the ingest did overlap the queries.
 */
class WatchLoadIT {
  private static final int CLIENTS = 16;
  private static final String MEETINGS =
      "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a parley:Meeting }";

  @TempDir Path dir;

  @Test
  void sixteenClientsNeverSeeAnErrorNorTheMeetingCountGoDown() throws Exception {
    long seconds = Long.getLong("parley.watch.seconds", 10);
    try (WatchedServer served = new WatchedServer(dir, TestStores.seedArticle())) {
      long before = served.count(MEETINGS);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong queries = new AtomicLong();
      AtomicLong highest = new AtomicLong(before);
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(clients.submit(() -> ask(served, client, stop, queries, highest, problems)));
      }
      // The seeds after the first (which the store holds already): the next one has a meeting.
      try (Stream<Path> articles = Files.list(TestStores.seeds())) {
        Path first = TestStores.seedArticle().getFileName();
        for (Path article :
            articles
                .filter(p -> p.toString().endsWith(".txt") && !p.getFileName().equals(first))
                .toList()) {
          Files.copy(article, served.inbox.resolve(article.getFileName()));
        }
      }
      long end = start + seconds * 1_000_000_000L;
      served.await(
          seconds + " s of queries and an ingested article with meetings",
          () -> System.nanoTime() >= end && highest.get() > before);
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      double elapsed = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "watch load: %d clients, %d queries in %.1f s (%.0f/s), %d problems; meetings %d -> %d%n",
          CLIENTS,
          queries.get(),
          elapsed,
          queries.get() / elapsed,
          problems.size(),
          before,
          highest.get());
      assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 10)));
      assertTrue(queries.get() >= CLIENTS, "each client answered at least once: " + queries);
    }
  }

  /** One client: queries until told to stop, noting errors and counts lower than its last one. */
  private static Void ask(
      WatchedServer served,
      int client,
      AtomicBoolean stop,
      AtomicLong queries,
      AtomicLong highest,
      List<String> problems) {
    long last = -1;
    while (!stop.get()) {
      try {
        HttpResponse<String> response = served.query(MEETINGS);
        queries.incrementAndGet();
        if (response.statusCode() != 200) {
          problems.add(
              "client " + client + ": HTTP " + response.statusCode() + " " + response.body());
          continue;
        }
        long n = Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().trim());
        if (n < last) {
          problems.add(
              "client " + client + ": the meeting count went down from " + last + " to " + n);
        }
        last = n;
        highest.accumulateAndGet(n, Math::max);
      } catch (Exception e) {
        problems.add("client " + client + ": " + e);
      }
    }
    return null;
  }
}
