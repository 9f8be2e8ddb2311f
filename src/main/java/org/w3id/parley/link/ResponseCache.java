package org.w3id.parley.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Wikidata answers kept on disk (one JSON object per line: request URL and response body), so that
 * a second run of {@code parley link --wikidata} makes no request at all and a run can be repeated
 * offline.
 */
final class ResponseCache {
  private final Path file;
  private final Map<String, String> entries = new HashMap<>();

  ResponseCache(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonObject o = JSON.parse(line);
            entries.put(o.getString("url"), o.getString("body"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Optional<String> get(String url) {
    return Optional.ofNullable(entries.get(url));
  }

  void put(String url, String body) {
    entries.put(url, body);
    JsonObject o = new JsonObject();
    o.put("url", url);
    o.put("body", body);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          JSON.toStringFlat(o) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
