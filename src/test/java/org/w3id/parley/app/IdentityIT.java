package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/**
 * The identity test set (src/test/resources/identity/pairs.tsv): for each pair, two articles are
 * ingested into a fresh store with the real pipeline, and the pair counts as merged when both names
 * end up on one Person node. Prints precision and recall of merges; fails if either drops below
 * what the rules reach today.
 */
class IdentityIT {
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.85;

  @TempDir Path dir;

  @Test
  void mergesArePreciseAndFindTheSamePerson() throws Exception {
    List<String[]> cases = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/identity/pairs.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        cases.add(line.split("\t"));
      }
    }
    assertTrue(cases.size() >= 30, "at least 30 cases");
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String[] c = cases.get(i);
      boolean expected = c[0].equals("merge");
      boolean merged = merged(i, c[1], c[2], c[3], c[4]);
      if (merged && expected) {
        tp++;
      } else if (merged) {
        fp++;
        wrong.add("merged " + c[2] + " / " + c[4]);
      } else if (expected) {
        fn++;
        wrong.add("kept apart " + c[2] + " / " + c[4]);
      }
    }
    double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    System.out.printf(
        Locale.ROOT,
        "identity: %d cases, merge precision %.3f, recall %.3f; errors: %s%n",
        cases.size(),
        precision,
        recall,
        wrong);
    assertTrue(precision >= MIN_PRECISION, "precision " + precision + ": " + wrong);
    assertTrue(recall >= MIN_RECALL, "recall " + recall + ": " + wrong);
  }

  private boolean merged(int i, String first, String name1, String second, String name2)
      throws Exception {
    Path in = dir.resolve("case" + i);
    Path a =
        TestStores.write(
            in.resolve("a.txt"),
            ("date 2019-12-03\n" + first + "\n").getBytes(StandardCharsets.UTF_8));
    Path b =
        TestStores.write(
            in.resolve("b.txt"),
            ("date 2019-12-04\n" + second + "\n").getBytes(StandardCharsets.UTF_8));
    try (ParleyStore store = ParleyStore.open(in.resolve("tdb2"))) {
      TestStores.ingest(store, a);
      TestStores.ingest(store, b);
      return persons(store, name1).stream().anyMatch(persons(store, name2)::contains);
    }
  }

  private static Set<String> persons(ParleyStore store, String name) {
    return TestStores.select(
            store,
            "SELECT DISTINCT ?p WHERE { ?p a parley:Person ; (rdfs:label|skos:altLabel) \""
                + name.replace("\"", "\\\"")
                + "\" }")
        .stream()
        .map(r -> r.get("p"))
        .collect(Collectors.toSet());
  }
}
