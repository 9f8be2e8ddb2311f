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

/** {@code parley ingest}'s options for long and clashing articles, as a user types them. */
class IngestCommandIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anArticleLongerThanTheLimitIsOneLineBeforeCoreNlp() {
    Run r =
        run(
            "ingest",
            "--store",
            dir.resolve("tdb2").toString(),
            "--max-article-chars",
            "100",
            TestStores.seedArticle().toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err()
            .matches(
                "(?s).*rejected: seeds/000_dd508a3738293a43.txt: file has [\\d,]+ bytes, too many"
                    + " for an article of at most 100 characters \\(--max-article-chars\\)\n.*"),
        r.err());
    assertEquals(2, run("ingest", "--max-article-chars", "0", "x.txt").code(), "a usage error");
  }

  @Test
  void anotherFileWithTheSameIdNeedsReplace() throws Exception {
    String store = dir.resolve("tdb2").toString();
    Path other = Files.createDirectories(dir.resolve("other")).resolve("000_dd508a3738293a43.txt");
    Files.writeString(other, "date 2019-12-04\nSergey Lavrov met Ilham Aliyev in Baku.\n");
    Run first = run("ingest", "--store", store, TestStores.seedArticle().toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("compacted the store: "), "a run that wrote compacts");
    assertTrue(Files.isDirectory(dir.resolve("tdb2/Data-0002")), "the compacted generation");
    assertTrue(!Files.exists(dir.resolve("tdb2/Data-0001")), "the old one deleted");
    Run refused = run("ingest", "--store", store, other.toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("pass --replace to replace that one"), refused.err());
    assertTrue(!refused.out().contains("compacted"), "a run that wrote nothing does not compact");
    Run replaced = run("ingest", "--store", store, "--replace", other.toString());
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(replaced.out().contains("1 replaced"), replaced.out());
  }
}
