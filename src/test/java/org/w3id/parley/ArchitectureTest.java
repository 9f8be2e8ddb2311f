package org.w3id.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: article → nlp → facts → RDF → store → server. Each package may import only
 * the stages before it, and only {@code nlp} (and {@code bench}, which times stock CoreNLP) may
 * import CoreNLP, and only {@code spark} Spark. Checked on the sources, so a wrong import fails the
 * build.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/org/w3id/parley");
  private static final Pattern REFERENCE =
      Pattern.compile("(?<![\\w.])((?:org\\.w3id\\.parley|edu\\.stanford\\.nlp)\\.[\\w.]+)");

  /** For each package, the Parley packages it may import. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("ingest", Set.of()),
          Map.entry("nlp", Set.of()),
          Map.entry("vocab", Set.of()),
          Map.entry("extract", Set.of("ingest", "nlp")),
          // Which articles' persons are one person, decided across articles after extraction.
          Map.entry("resolve", Set.of("extract")),
          Map.entry("rdf", Set.of("ingest", "extract", "vocab")),
          Map.entry("store", Set.of("ingest", "extract", "rdf", "vocab")),
          Map.entry("serve", Set.of()),
          Map.entry(
              "app",
              Set.of("ingest", "nlp", "extract", "resolve", "rdf", "vocab", "store", "link")),
          Map.entry("eval", Set.of("ingest", "nlp", "extract", "app", "store")),
          Map.entry("link", Set.of("nlp", "extract", "rdf", "store", "vocab")),
          Map.entry("export", Set.of("app", "store", "vocab")),
          // Measures stock CoreNLP beside Parley, so it must not go through nlp's wrapper.
          Map.entry("bench", Set.of("ingest")),
          Map.entry(
              "cli",
              Set.of("ingest", "nlp", "app", "store", "serve", "eval", "link", "export", "bench")),
          // The Spark job: extraction and resolution spread over executors; nothing imports it.
          Map.entry("spark", Set.of("ingest", "extract", "resolve", "rdf", "store", "app")));

  /**
   * The packages that may import CoreNLP: nlp, which wraps it for the rest of Parley, and bench,
   * whose anchor is stock CoreNLP itself.
   */
  private static final Set<String> CORENLP_USERS = Set.of("nlp", "bench");

  @Test
  void packagesImportOnlyEarlierStages() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // ParleyException, the shared base
        }
        String pkg = relative.getName(0).toString();
        assertTrue(
            ALLOWED.containsKey(pkg), "package " + pkg + " has no place in the architecture yet");
        String source = Files.readString(file).replaceFirst("(?m)^package [\\w.]+;", "");
        if (source.contains("org.apache.spark.") && !pkg.equals("spark")) {
          // Spark is a provided dependency, there only under spark-submit: `parley` has none.
          violations.add(relative + " uses Spark");
        }
        // Imports and fully qualified names alike: "new org.w3id.parley.nlp.X()" is a dependency.
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
          String referenced = m.group(1);
          if (referenced.startsWith("edu.stanford.nlp") && !CORENLP_USERS.contains(pkg)) {
            violations.add(relative + " uses CoreNLP (" + referenced + ")");
          }
          if (referenced.startsWith("org.w3id.parley.")) {
            String[] parts = referenced.substring("org.w3id.parley.".length()).split("\\.");
            String target = parts[0];
            boolean base = Character.isUpperCase(target.charAt(0)); // ParleyException
            if (!base && !target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
              violations.add(relative + " uses " + referenced);
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /**
   * Inside extract/, capabilities build on each other one way: text (spans, parses, dates, word
   * lists) ← place (gazetteers) ← entity (mentions, references, identity) ← meeting and statement
   * (which do not know each other) ← the Extractor facade.
   */
  private static final Map<String, Set<String>> EXTRACT_ALLOWED =
      Map.of(
          "text", Set.of(),
          "place", Set.of("text"),
          "entity", Set.of("text", "place"),
          "meeting", Set.of("text", "place", "entity"),
          "statement", Set.of("text", "place", "entity"),
          "", Set.of("text", "place", "entity", "meeting", "statement"));

  @Test
  void extractCapabilitiesImportOnlyTheOnesBelow() throws IOException {
    Path extract = SOURCES.resolve("extract");
    Pattern sub = Pattern.compile("org\\.w3id\\.parley\\.extract\\.([a-z]+)\\.");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(extract)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = extract.relativize(file);
        String pkg = relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
        assertTrue(
            EXTRACT_ALLOWED.containsKey(pkg),
            "extract/" + pkg + " has no place in the extract layering yet");
        String source = Files.readString(file).replaceFirst("(?m)^package [\\w.]+;", "");
        Matcher m = sub.matcher(source);
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !EXTRACT_ALLOWED.get(pkg).contains(target)) {
            violations.add("extract/" + relative + " uses extract." + target);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
