package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;

/**
 * The {@code parley} launcher script as users run it, on the jar this build made: out of memory,
 * the JVM stops at once with a message on standard error instead of running on half-broken.
 */
class LauncherIT {
  /** Exit code of a JVM that -XX:+ExitOnOutOfMemoryError stopped. */
  private static final int OUT_OF_MEMORY = 3;

  @TempDir Path dir;

  @Test
  void runningOutOfMemoryStopsTheJvmWithAMessage() throws Exception {
    Path home = launcherHome();
    Path store = dir.resolve("tdb2");
    TestStores.writeWithoutTextIndex(
        store,
        Quad.create(
            NodeFactory.createURI("https://w3id.org/parley/id/article/a"),
            NodeFactory.createURI("https://w3id.org/parley/id/person/a"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createLiteralString("A")));
    // A GROUP_CONCAT over a five-way cross product of 30 values: a string of gigabytes.
    String values = "VALUES ?%s { " + "1 2 3 4 5 6 7 8 9 10 ".repeat(3) + "}";
    String query =
        "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?b), STR(?c), STR(?d), STR(?e))) AS ?all) {"
            + " { %s } { %s } { %s } { %s } { %s } }"
                .formatted(
                    values.formatted("a"),
                    values.formatted("b"),
                    values.formatted("c"),
                    values.formatted("d"),
                    values.formatted("e"));
    ProcessBuilder parley =
        new ProcessBuilder(
                "bash",
                home.resolve("parley").toString(),
                "query",
                "--config",
                Path.of("fuseki-config.ttl").toAbsolutePath().toString(),
                "--store",
                store.toString(),
                "-e",
                query)
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile());
    parley.environment().put("PARLEY_JAVA_OPTS", "-Xmx96m");
    parley
        .environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());

    Process process = parley.start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher did not stop");

    String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
    String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
    assertEquals(OUT_OF_MEMORY, process.exitValue(), err);
    assertTrue(err.contains("parley: out of memory, stopping"), err);
    assertTrue(err.contains("PARLEY_JAVA_OPTS"), err);
    assertFalse(out.contains("OutOfMemoryError"), out); // standard output stays the query's own
  }

  // The launcher with this build's jar and class path, in a folder without sources, so that it
  // runs the jar rather than rebuild it.
  private Path launcherHome() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home/target"));
    Files.copy(Path.of("parley"), dir.resolve("home/parley"));
    Files.createSymbolicLink(
        home.resolve("parley.jar"), Path.of("target/parley.jar").toAbsolutePath());
    Files.copy(Path.of("target/classpath.txt"), home.resolve("classpath.txt"));
    return dir.resolve("home");
  }
}
