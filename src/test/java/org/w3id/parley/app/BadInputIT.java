package org.w3id.parley.app;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.TestStores;
import org.w3id.parley.ingest.ArticleId;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ParleyStore;

/**
 * A corpus of bad and awkward input, each kind in its own folder, ingested in one run with real
 * CoreNLP into a real store: each bad input is one clear line naming its file (and line), each
 * awkward one lands whole, and nothing in the store is half-written. The large inputs are made
 * here, not committed.
 */
class BadInputIT {
  private static Path in;
  private static ParleyStore store;
  private static IngestReport report;

  /**
   * One kind of input: the files it writes into its folder, the rejection lines it must give (each
   * after the folder's path; {@code {real}} stands for the folder's real path), and the ids of the
   * articles that must land.
   */
  private record Kind(String name, Setup setup, List<String> lines, List<String> landed) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  private interface Setup {
    void write(Path folder) throws IOException;
  }

  private static String good(String words) {
    return "Sergey Lavrov met Ilham Aliyev in Baku on Monday. " + words;
  }

  private static String json(String id, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"2019-12-03\",\"text\":\"" + text + "\"}\n";
  }

  private static Setup text(String name, String content) {
    return f -> TestStores.write(f.resolve(name), content.getBytes(UTF_8));
  }

  private static Setup bytes(String name, byte[] content) {
    return f -> TestStores.write(f.resolve(name), content);
  }

  static List<Kind> kinds() {
    String future = LocalDate.now().plusYears(1).toString();
    String hostile = "<script>alert(1)</script> a?b#c";
    return List.of(
        new Kind(
            "deep-json-nesting",
            text("feed.jsonl", json("nesting-ok", good("")) + "[".repeat(100_000) + "\n"),
            List.of(
                "feed.jsonl line 2: malformed JSON: nested more than 32 levels deep; expected an"
                    + " object with id, date and text"),
            List.of("nesting-ok")),
        new Kind(
            "huge-article",
            text("big.txt", "date 2019-12-03\n" + "Lavrov ".repeat(150_000)),
            List.of(
                "big.txt: the article has 1,049,999 characters, more than the 1,000,000 allowed"
                    + " (--max-article-chars)"),
            List.of()),
        new Kind(
            "huge-file",
            text("huge.txt", "date 2019-12-03\n" + "Lavrov met ".repeat(750_000)),
            List.of(
                "huge.txt: file has 8,250,016 bytes, too many for an article of at most"
                    + " 1,000,000 characters (--max-article-chars)"),
            List.of()),
        new Kind(
            "huge-json-line",
            text("feed.jsonl", json("long", "x".repeat(6_100_000)) + json("after-long", good(""))),
            List.of(
                "feed.jsonl line 1: line is longer than 6,065,536 bytes, too many for an article"
                    + " of at most 1,000,000 characters (--max-article-chars)"),
            List.of("after-long")),
        new Kind(
            "same-file-name-in-two-folders",
            f -> {
              text("a/report.txt", "date 2019-12-03\n" + good("One.")).write(f);
              text("b/report.txt", "date 2019-12-04\n" + good("Two.")).write(f);
            },
            List.of(),
            List.of(
                "same-file-name-in-two-folders/a/report",
                "same-file-name-in-two-folders/b/report")),
        new Kind(
            "byte-order-mark",
            text("bom.txt", "\uFEFFdate 2019-12-03\n" + good("")),
            List.of(),
            List.of("byte-order-mark/bom")),
        new Kind(
            "windows-line-ends",
            text("crlf.txt", "date 2019-12-03\r\nTalks in Baku\r\n\r\n" + good("\r\nMore.\r\n")),
            List.of(),
            List.of("windows-line-ends/crlf")),
        new Kind(
            "latin-1",
            bytes("latin1.txt", ("date 2019-12-03\nL\u00e0 " + good("")).getBytes(ISO_8859_1)),
            List.of("latin1.txt: not UTF-8 text (byte 0xE0 at byte 17); save it as UTF-8"),
            List.of()),
        new Kind(
            "binary",
            bytes("binary.txt", new byte[] {'d', 'a', 't', 'e', ' ', 0, 1, 2, 3, 0}),
            List.of(
                "binary.txt: binary content: control character U+0000 at character 5; expected"
                    + " plain text"),
            List.of()),
        new Kind(
            "future-date",
            text("future.txt", "date " + future + "\n" + good("")),
            List.of("future.txt line 1: date " + future + " is in the future (after "),
            List.of()),
        new Kind(
            "impossible-date",
            text("feb30.txt", "date 2019-02-30\n" + good("")),
            List.of(
                "feb30.txt line 1: invalid date '2019-02-30': expected a real date as YYYY-MM-DD"),
            List.of()),
        new Kind(
            "html",
            text("page.txt", "date 2019-12-03\n<!DOCTYPE html><html><body><p>" + good("</p>")),
            List.of(
                "page.txt: text is HTML or XML markup (starts with '<!DOCTYPE html><html');"
                    + " give the article as plain text"),
            List.of()),
        new Kind(
            "unbalanced-quotes",
            text(
                "quotes.txt",
                "date 2019-12-03\n" + good("“We agreed on everything, Lavrov said. \"And more.")),
            List.of(),
            List.of("unbalanced-quotes/quotes")),
        new Kind(
            "non-bmp-characters",
            text("emoji.txt", "date 2019-12-03\n😀🇦🇿 𝐓𝐚𝐥𝐤𝐬. " + good("😀 𝔉𝔦𝔫𝔢.")),
            List.of(),
            List.of("non-bmp-characters/emoji")),
        new Kind(
            "zero-width-characters",
            text(
                "zw.txt",
                "date 2019-12-03\n\u200BSergey\u200C Lavrov met Ilham\u200D Aliyev\u2060 in Baku."),
            List.of(),
            List.of("zero-width-characters/zw")),
        new Kind(
            "duplicate-ids",
            text("feed.jsonl", json("dup", good("First.")) + json("dup", good("Second."))),
            List.of(
                "feed.jsonl line 2: duplicate article id 'dup' (first read from {dir}/feed.jsonl line 1)"),
            List.of("dup")),
        new Kind(
            "hostile-id-traversal",
            text("feed.jsonl", json("../../etc/passwd", good(""))),
            List.of(
                "feed.jsonl line 1: field 'id' '../../etc/passwd' has a '..' part; ids name no"
                    + " folders"),
            List.of()),
        new Kind(
            "hostile-id-characters",
            text("feed.jsonl", json(hostile.replace("\"", "\\\""), good(""))),
            List.of(),
            List.of(ArticleId.ofJson(hostile))),
        new Kind(
            "unicode-id",
            text("feed.jsonl", json("Zürich 北京 новости", good(""))),
            List.of(),
            List.of("Zürich-北京-новости")),
        new Kind(
            "symlink-loop",
            f -> {
              text("ok.txt", "date 2019-12-03\n" + good("")).write(f);
              Files.createSymbolicLink(f.resolve("loop"), f);
            },
            List.of("loop: symbolic link loop back to {real}; not followed"),
            List.of("symlink-loop/ok")),
        new Kind(
            "broken-symlink",
            f -> {
              Files.createDirectories(f);
              Files.createSymbolicLink(f.resolve("gone.txt"), f.resolve("nowhere.txt"));
            },
            List.of("gone.txt: symbolic link to nothing (broken, or a loop); skipped"),
            List.of()),
        new Kind(
            "empty-file",
            bytes("empty.txt", new byte[0]),
            List.of("empty.txt: empty file"),
            List.of()),
        new Kind(
            "date-line-only",
            text("short.txt", "date 2019-12-03\n\n"),
            List.of("short.txt: no article text after the date line"),
            List.of()),
        new Kind(
            "missing-date-line",
            text("nodate.txt", "Lavrov met Aliyev.\n"),
            List.of("nodate.txt line 1: expected 'date YYYY-MM-DD', found 'Lavrov met Aliyev.'"),
            List.of()),
        new Kind(
            "truncated-json-line",
            text(
                "feed.jsonl",
                json("before-cut", good(""))
                    + "{\"id\":\"cut\",\"date\":\"2019-12-03\",\"text\":\"Serg"),
            List.of("feed.jsonl line 2: malformed JSON: "),
            List.of("before-cut")),
        new Kind(
            "wrong-json-types",
            text(
                "feed.jsonl",
                "{\"id\":5,\"date\":\"2019-12-03\",\"text\":\"x\"}\n[1,2]\n\"text\"\n"
                    + "{\"id\":\"t\",\"date\":\"2019-12-03\",\"text\":[\"x\"]}\n"
                    + "{\"id\":\"d\",\"date\":20191203,\"text\":\"x\"}\n"),
            List.of(
                "feed.jsonl line 1: field 'id' must be a string",
                "feed.jsonl line 2: expected a JSON object with id, date and text",
                "feed.jsonl line 3: expected a JSON object with id, date and text",
                "feed.jsonl line 4: field 'text' must be a string",
                "feed.jsonl line 5: field 'date' must be a string"),
            List.of()),
        new Kind(
            "control-character-in-json",
            text("feed.jsonl", json("bell", "Ring \\u0007 now.")),
            List.of(
                "feed.jsonl line 1: field 'text': binary content: control character U+0007 at"
                    + " character 5; expected plain text"),
            List.of()),
        new Kind(
            "unpaired-surrogate",
            text("feed.jsonl", json("half", "Half \\ud800 a character.")),
            List.of("feed.jsonl line 1: field 'text': unpaired surrogate U+D800 at character 5"),
            List.of()),
        new Kind(
            "hostile-url",
            text(
                "feed.jsonl",
                "{\"id\":\"js\",\"date\":\"2019-12-03\",\"text\":\"x\",\"url\":\"javascript:alert(1)\"}\n"),
            List.of(
                "feed.jsonl line 1: field 'url' 'javascript:alert(1)' must be an http or https"
                    + " address"),
            List.of()),
        new Kind(
            "latin-1-json-line",
            bytes(
                "feed.jsonl",
                Bytes.concat(
                    json("l1-before", good("")).getBytes(UTF_8),
                    json("l1-bad", "Caf\u00e9.").getBytes(ISO_8859_1),
                    json("l1-after", good("")).getBytes(UTF_8))),
            List.of("feed.jsonl line 2: not UTF-8 text (byte 0xE9 at byte 46); save it as UTF-8"),
            List.of("l1-before", "l1-after")),
        new Kind(
            "nul-in-json-lines",
            bytes(
                "feed.jsonl",
                Bytes.concat(
                    json("nul-before", good("")).getBytes(UTF_8), new byte[] {'{', 0, '}', '\n'})),
            List.of(
                "feed.jsonl line 2: binary content (a NUL byte); the rest of the file is skipped"),
            List.of("nul-before")),
        new Kind(
            "ids-colliding-after-slugging",
            f -> {
              text("a b.txt", "date 2019-12-03\n" + good("")).write(f);
              text("a-b.txt", "date 2019-12-04\n" + good("")).write(f);
            },
            List.of(
                "a-b.txt: duplicate article id 'ids-colliding-after-slugging/a-b' (first read from {dir}/a b.txt)"),
            List.of("ids-colliding-after-slugging/a-b")));
  }

  @BeforeAll
  static void ingestTheCorpus(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    in = dir.resolve("in");
    for (Kind k : kinds()) {
      k.setup().write(in.resolve(k.name()));
    }
    store = ParleyStore.open(dir.resolve("tdb2"));
    report = new Ingester(store, 2).ingest(List.of(in), IngestListener.NONE);
  }

  @AfterAll
  static void closeTheStore() {
    store.close();
  }

  private static String line(Kind k, String expected) throws IOException {
    Path folder = in.resolve(k.name());
    return folder
        + "/"
        + expected
            .replace("{dir}", folder.toString())
            .replace("{real}", folder.toRealPath().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void eachKindGivesItsLinesAndItsArticlesLandWhole(Kind k) throws IOException {
    Path folder = in.resolve(k.name());
    List<String> mine =
        report.rejected().stream()
            .map(Rejection::toString)
            .filter(l -> l.startsWith(folder + "/"))
            .toList();
    assertEquals(k.lines().size(), mine.size(), "one line per bad input: " + mine);
    for (String expected : k.lines()) {
      String want = line(k, expected);
      assertEquals(
          1, mine.stream().filter(l -> l.startsWith(want)).count(), "'" + want + "' in " + mine);
    }
    for (String id : k.landed()) {
      List<Map<String, String>> rows =
          TestStores.select(
              store,
              "SELECT ?text ?sha { ?a parley:id \""
                  + id
                  + "\" ; parley:text ?text ; parley:sha256 ?sha }");
      assertEquals(1, rows.size(), id + " landed once, with its text and fingerprint");
      assertTrue(!rows.get(0).get("text").contains("\r"), "line ends are \\n");
    }
  }

  @Test
  void theRestLandsAndNothingIsHalfWritten() {
    long lines = kinds().stream().mapToLong(k -> k.lines().size()).sum();
    long landed = kinds().stream().mapToLong(k -> k.landed().size()).sum();
    assertEquals(lines, report.rejectedCount(), report.rejected().toString());
    assertEquals(landed, report.added());
    assertEquals(landed, store.articleCount());
    // Every mention's anchor is exactly the text between its offsets (emoji and zero-width
    // characters included), and every merges graph has its article.
    List<String> wrong = new ArrayList<>();
    for (Map<String, String> m :
        TestStores.select(
            store,
            "SELECT ?text ?b ?e ?anchor { ?m parley:article ?a ; parley:begin ?b ; parley:end ?e ;"
                + " parley:anchor ?anchor . ?a parley:text ?text }")) {
      String text = m.get("text");
      String anchor = text.substring(Integer.parseInt(m.get("b")), Integer.parseInt(m.get("e")));
      if (!anchor.equals(m.get("anchor"))) {
        wrong.add(anchor + " != " + m.get("anchor"));
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(
        List.of(),
        TestStores.select(
            store,
            "SELECT ?g { GRAPH ?g { ?m a parley:Merge } FILTER NOT EXISTS { ?a a parley:Article ;"
                + " parley:id ?id FILTER(STR(?g) = CONCAT(\"https://w3id.org/parley/id/merges/\","
                + " ?id)) } }"));
    // The text index holds one entry per indexed literal: nothing written to one and not the other.
    long literals =
        Long.parseLong(
            TestStores.select(
                    store,
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o) && ?p IN"
                        + " (parley:text, parley:title, parley:quote, rdfs:label, skos:altLabel)) }"
                        + " }")
                .get(0)
                .get("n"));
    assertEquals(literals, store.textIndexSize());
  }
}
