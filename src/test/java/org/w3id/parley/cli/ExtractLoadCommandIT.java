package org.w3id.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/** {@code parley extract} and {@code parley load} as a user types them. */
class ExtractLoadCommandIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void extractThenLoadIntoANewStoreAndAFile() {
    String out = dir.resolve("out").toString();
    Run extract = run("extract", "--out", out, TestStores.seedArticle().toString());
    assertEquals(0, extract.code(), extract.err());
    assertTrue(
        extract.out().startsWith("extracted 1 articles into " + out + ": 1 written"),
        extract.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/000_dd508a3738293a43.nq")));

    String store = dir.resolve("tdb2").toString();
    Run load = run("load", "--no-link", "--store", store, out);
    assertEquals(0, load.code(), load.err());
    assertTrue(
        load.out().startsWith("loaded 1 article files into " + store + " (one bulk transaction)"),
        load.out());
    try (ParleyStore s = ParleyStore.open(Path.of(store))) {
      int[] meetings = {0};
      s.select(
          "SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/parley/ontology#Meeting> }",
          row -> meetings[0]++);
      assertTrue(meetings[0] > 0, "the seed's meetings are in the store");
    }

    Path file = dir.resolve("resolved.nq");
    Run toFile = run("load", "--to", file.toString(), out);
    assertEquals(0, toFile.code(), toFile.err());
    assertTrue(Files.isRegularFile(file) && !Files.exists(dir.resolve("resolved.nq.part")));
  }

  @Test
  void mistakesAreOneLineEach() {
    Run missing =
        run("load", "--to", dir.resolve("x.nq").toString(), dir.resolve("nope").toString());
    assertEquals(1, missing.code());
    assertTrue(
        missing.err().contains("nope: no such folder; expected one `parley extract --out` wrote"),
        missing.err());

    Run both = run("load", "--sink", "http://127.0.0.1:1/kg", "--to", "x.nq", dir.toString());
    assertEquals(2, both.code(), "--sink and --to exclude each other");

    Run noPassword =
        run("load", "--sink", "http://127.0.0.1:1/kg", "--sink-user", "loader", dir.toString());
    assertEquals(2, noPassword.code());
    assertTrue(
        noPassword.err().contains("needs the password in PARLEY_SINK_PASSWORD"), noPassword.err());

    Run notHttp = run("load", "--sink", "ftp://example.org/kg", dir.toString());
    assertEquals(1, notHttp.code());
    assertTrue(notHttp.err().contains("expected an http(s) URL"), notHttp.err());
  }
}
