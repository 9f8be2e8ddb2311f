package org.w3id.parley.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.parley.extract.ExtractionException;

/**
 * Reads the word lists that encode Parley's linguistic knowledge (meeting words, speech verbs,
 * titles): documented resource files next to the class that uses them, one entry per line, columns
 * separated by tabs, {@code #} starting a comment line. They are data, not code, so an analyst can
 * read and extend them; each is loaded once, when its class is first used.
 *
 * <pre>{@code
 * List<String[]> rows = WordList.rows(MeetingWords.class, "triggers.tsv", 6);
 * }</pre>
 */
public final class WordList {
  private WordList() {}

  /**
   * The rows of a resource, each with exactly {@code columns} fields.
   *
   * @throws ExtractionException if the resource is missing or a row has another number of fields
   */
  public static List<String[]> rows(Class<?> owner, String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtractionException(
            "word list " + resource + " not found next to " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.strip().split("\t", -1);
        if (fields.length != columns) {
          throw new ExtractionException(
              resource
                  + " line "
                  + n
                  + ": expected "
                  + columns
                  + " tab-separated fields, found "
                  + fields.length
                  + ": '"
                  + line
                  + "'");
        }
        out.add(fields);
      }
    } catch (IOException e) {
      throw new ExtractionException("cannot read word list " + resource + ": " + e, e);
    }
    return out;
  }

  /**
   * A two-column resource as a map from its first column to its second, in file order: a word and
   * what kind of it it is ({@code deal-verbs.tsv}: "sell" and "hands-over").
   */
  public static Map<String, String> pairs(Class<?> owner, String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    rows(owner, resource, 2).forEach(r -> out.put(r[0], r[1]));
    return Collections.unmodifiableMap(out);
  }

  /** The words of a two-column resource ({@link #pairs}) whose second column is {@code kind}. */
  public static Set<String> ofKind(Class<?> owner, String resource, String kind) {
    return pairs(owner, resource).entrySet().stream()
        .filter(e -> e.getValue().equals(kind))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The first column of a one-word-per-line resource. */
  public static List<String> words(Class<?> owner, String resource) {
    return rows(owner, resource, 1).stream().map(r -> r[0]).toList();
  }
}
