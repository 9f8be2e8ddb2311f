package org.w3id.parley.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A small client for the Wikidata API ({@code wbsearchentities}, {@code wbgetentities}): batched
 * (50 ids a request), rate-limited (a pause between requests) and cached on disk, so that repeated
 * runs cost nothing.
 *
 * <pre>{@code
 * WikidataClient wd = new WikidataClient(URI.create("https://www.wikidata.org/w/api.php"), Path.of("cache.jsonl"), Duration.ofMillis(250));
 * List<String> ids = wd.search("Sergey Lavrov");
 * }</pre>
 */
public final class WikidataClient {
  /** The public API. */
  public static final URI PUBLIC_API = URI.create("https://www.wikidata.org/w/api.php");

  private static final int BATCH = 50;

  private final URI api;
  private final ResponseCache cache;
  private final Duration pause;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private long lastRequest;
  private int requests;

  public WikidataClient(URI api, Path cacheFile, Duration pause) {
    this.api = api;
    this.cache = new ResponseCache(cacheFile);
    this.pause = pause;
  }

  /** Requests actually sent (not answered from the cache). */
  public int requests() {
    return requests;
  }

  /** Item ids whose label or alias matches a name, best first. */
  public List<String> search(String name) {
    JsonObject o =
        get(
            "action=wbsearchentities&type=item&language=en&limit=7&format=json&search="
                + encode(name));
    List<String> ids = new ArrayList<>();
    JsonValue results = o.get("search");
    if (results != null && results.isArray()) {
      results.getAsArray().forEach(r -> ids.add(r.getAsObject().getString("id")));
    }
    return ids;
  }

  /** The item of an English Wikipedia article, if it has one. */
  public java.util.Optional<String> itemOfArticle(String title) {
    JsonObject o =
        get(
            "action=wbgetentities&sites=enwiki&props=info&format=json&titles="
                + encode(title.replace('_', ' ')));
    JsonValue entities = o.get("entities");
    if (entities != null && entities.isObject()) {
      for (String id : entities.getAsObject().keys()) {
        if (id.startsWith("Q")) {
          return java.util.Optional.of(id);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The entities with these ids (claims and English labels), fetched 50 at a time. */
  public Map<String, WikidataEntity> entities(List<String> ids) {
    Map<String, WikidataEntity> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
      JsonObject o =
          get(
              "action=wbgetentities&props=claims%7Clabels&languages=en&format=json&ids="
                  + encode(String.join("|", batch)));
      JsonValue entities = o.get("entities");
      if (entities != null && entities.isObject()) {
        for (String id : entities.getAsObject().keys()) {
          out.put(id, WikidataEntity.of(id, entities.getAsObject().get(id).getAsObject()));
        }
      }
    }
    return out;
  }

  private JsonObject get(String query) {
    String url = api + "?" + query;
    String body = cache.get(url).orElseGet(() -> fetch(url));
    try {
      return JSON.parse(body);
    } catch (RuntimeException e) {
      throw new LinkException("Wikidata answered something that is not JSON for " + url, e);
    }
  }

  private String fetch(String url) {
    long wait = lastRequest + pause.toMillis() - System.currentTimeMillis();
    try {
      if (wait > 0) {
        Thread.sleep(wait);
      }
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("User-Agent", "Parley/0.1 (knowledge graph of news; https://w3id.org/parley)")
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      lastRequest = System.currentTimeMillis();
      requests++;
      if (response.statusCode() != 200) {
        throw new LinkException(
            "Wikidata answered HTTP " + response.statusCode() + " for " + url, null);
      }
      cache.put(url, response.body());
      return response.body();
    } catch (IOException e) {
      throw new LinkException(
          "Wikidata is unreachable at " + api + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LinkException("interrupted", e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
