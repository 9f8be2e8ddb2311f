package org.w3id.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private ReadResult read(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return new ArticleReader().read(List.of(f));
  }

  @Test
  void dateWithLeadingSpaceAndTextOnTheSameLineIsTheSeedFormat() throws Exception {
    ReadResult r =
        read(
            "seed.txt",
            " date 2019-12-03 A day before the meeting, Lavrov visited Baku.\n\nMore text.\n");
    Article a = r.articles().get(0);
    assertEquals("seed", a.id());
    assertEquals(LocalDate.of(2019, 12, 3), a.published());
    assertEquals("A day before the meeting, Lavrov visited Baku.\n\nMore text.", a.text());
    assertEquals(
        Optional.empty(), a.title(), "a first line that ends like a sentence is not a title");
  }

  @Test
  void aShortFirstLineBeforeABlankLineIsTheTitle() throws Exception {
    ReadResult r = read("w.txt", "date 2019-01-04\nLeaders meet in Baku\n\nBody text here.\n");
    assertEquals(Optional.of("Leaders meet in Baku"), r.articles().get(0).title());
    assertTrue(
        r.articles().get(0).text().startsWith("Leaders meet in Baku\n\nBody"),
        "the title stays in the text");
  }

  @Test
  void windowsLineEndsBecomeNewlines() throws Exception {
    ReadResult r = read("crlf.txt", "date 2019-01-04\r\nTitle\r\n\r\nBody.\r\n");
    assertEquals("Title\n\nBody.", r.articles().get(0).text());
  }

  @Test
  void jsonLinesGiveOneArticleEachAndOneRejectionPerBadLine() throws Exception {
    ReadResult r =
        read(
            "feed.jsonl",
            "{\"id\":\"a 1\",\"date\":\"2020-01-02\",\"text\":\"Hello.\",\"title\":\"T\",\"url\":\"https://x.org/a\"}\n"
                + "\n"
                + "[1,2]\n"
                + "{\"id\":\"b\",\"date\":\"02/01/2020\",\"text\":\"Hi.\"}\n"
                + "{\"id\":\"c\",\"date\":\"2020-01-02\",\"text\":7}\n");
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("a-1", a.id());
    assertEquals(Optional.of("https://x.org/a"), a.url());
    assertEquals(
        List.of(
            "line 3: expected a JSON object with id, date and text",
            "line 4: invalid date '02/01/2020': expected YYYY-MM-DD",
            "line 5: field 'text' must be a string"),
        r.rejections().stream()
            .map(x -> x.toString().substring(x.toString().indexOf("line ")))
            .toList());
  }

  @Test
  void duplicateIdsAreRejectedAfterTheFirst() throws Exception {
    ReadResult r =
        read(
            "d.jsonl",
            "{\"id\":\"x\",\"date\":\"2020-01-02\",\"text\":\"One.\"}\n{\"id\":\"x\",\"date\":\"2020-01-02\",\"text\":\"Two.\"}\n");
    assertEquals(1, r.articles().size());
    assertTrue(r.rejections().get(0).message().startsWith("duplicate article id 'x'"));
  }

  @Test
  void aDateLineWithNoTextIsRejected() throws Exception {
    ReadResult r = read("short.txt", "date 2020-01-02\n\n");
    assertEquals("no article text after the date line", r.rejections().get(0).message());
  }

  @Test
  void aMissingPathIsAnError() {
    IngestException e =
        assertThrows(
            IngestException.class, () -> new ArticleReader().read(List.of(dir.resolve("no"))));
    assertTrue(e.getMessage().endsWith("no: no such file or folder"));
  }

  @Test
  void foldersAreWalkedInNameOrderAndOtherFilesSkipped() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "date 2020-01-02\nB.\n");
    Files.writeString(dir.resolve("a.txt"), "date 2020-01-01\nA.\n");
    Files.writeString(dir.resolve("README.md"), "not an article");
    ReadResult r = new ArticleReader().read(List.of(dir));
    assertEquals(List.of("a", "sub/b"), r.articles().stream().map(Article::id).toList());
    assertEquals(List.of(), r.rejections());
  }

  @Test
  void sameFileNameInTwoFoldersGivesTwoIdsButAFileGivenDirectlyKeepsItsName() throws Exception {
    Files.createDirectories(dir.resolve("in/a"));
    Files.createDirectories(dir.resolve("in/b"));
    Files.writeString(dir.resolve("in/a/report.txt"), "date 2020-01-02\nA.\n");
    Files.writeString(dir.resolve("in/b/report.txt"), "date 2020-01-03\nB.\n");
    assertEquals(
        List.of("a/report", "b/report"),
        new ArticleReader()
            .read(List.of(dir.resolve("in"))).articles().stream().map(Article::id).toList());
    assertEquals(
        "report",
        new ArticleReader().read(List.of(dir.resolve("in/b/report.txt"))).articles().get(0).id());
  }

  @Test
  void twoNamesGivingOneIdAreOneArticleAndOneDuplicate() throws Exception {
    Files.writeString(dir.resolve("a b.txt"), "date 2020-01-02\nA.\n");
    Files.writeString(dir.resolve("a-b.txt"), "date 2020-01-02\nB.\n");
    ReadResult r = new ArticleReader().read(List.of(dir));
    assertEquals(1, r.articles().size());
    assertEquals(
        List.of(
            dir.resolve("a-b.txt")
                + ": duplicate article id 'a-b' (first read from "
                + dir.resolve("a b.txt")
                + ")"),
        r.rejections().stream().map(Rejection::toString).toList());
  }

  @Test
  void deepNestingIsOneRejectionNotAStackOverflow() throws Exception {
    ReadResult r =
        read(
            "deep.jsonl",
            "[".repeat(100_000) + "\n{\"id\":\"ok\",\"date\":\"2020-01-02\",\"text\":\"Fine.\"}\n");
    assertEquals(List.of("ok"), r.articles().stream().map(Article::id).toList());
    assertTrue(
        r.rejections()
            .get(0)
            .toString()
            .endsWith(
                "deep.jsonl line 1: malformed JSON: nested more"
                    + " than 32 levels deep; expected an object with id, date and text"),
        r.rejections().toString());
  }

  @Test
  void aFileOrLineTooLargeForTheLimitIsRefusedWithoutBeingRead() throws Exception {
    Files.writeString(dir.resolve("big.txt"), "date 2020-01-02\n" + "word ".repeat(10_000));
    Files.writeString(
        dir.resolve("big.jsonl"),
        "{\"id\":\"x\",\"date\":\"2020-01-02\",\"text\":\""
            + "word ".repeat(20_000)
            + "\"}\n{\"id\":\"small\",\"date\":\"2020-01-02\",\"text\":\"Fine.\"}\n");
    ReadResult r = new ArticleReader(100).read(List.of(dir));
    assertEquals(List.of("small"), r.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            dir.resolve("big.jsonl")
                + " line 1: line is longer than 66,136 bytes, too many for an article of at most"
                + " 100 characters (--max-article-chars)",
            dir.resolve("big.txt")
                + ": file has 50,016 bytes, too many for an article of at most 100 characters"
                + " (--max-article-chars)"),
        r.rejections().stream().map(Rejection::toString).toList());
  }

  @Test
  void jsonLinesWithByteOrderMarkAndWindowsLineEndsRead() throws Exception {
    Path f = dir.resolve("bom.jsonl");
    Files.write(
        f,
        ("\uFEFF{\"id\":\"a\",\"date\":\"2020-01-02\",\"text\":\"A.\"}\r\n"
                + "{\"id\":\"b\",\"date\":\"2020-01-02\",\"text\":\"B.\"}\r\n")
            .getBytes(StandardCharsets.UTF_8));
    ReadResult r = new ArticleReader().read(List.of(f));
    assertEquals(List.of("a", "b"), r.articles().stream().map(Article::id).toList());
    assertEquals(List.of(), r.rejections());
  }

  @Test
  void aLatin1LineSpoilsOnlyItselfAndANulByteTheRestOfTheFile() throws Exception {
    Path f = dir.resolve("mixed.jsonl");
    byte[] good =
        "{\"id\":\"a\",\"date\":\"2020-01-02\",\"text\":\"A.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 =
        "{\"id\":\"b\",\"date\":\"2020-01-02\",\"text\":\"Caf\u00e9.\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] third =
        "{\"id\":\"c\",\"date\":\"2020-01-02\",\"text\":\"C.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] nul = {'{', 0, '}', '\n'};
    Files.write(f, Bytes.concat(good, latin1, third, nul, good));
    ReadResult r = new ArticleReader().read(List.of(f));
    assertEquals(List.of("a", "c"), r.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            f + " line 2: not UTF-8 text (byte 0xE9 at byte 41); save it as UTF-8",
            f + " line 4: binary content (a NUL byte); the rest of the file is skipped"),
        r.rejections().stream().map(Rejection::toString).toList());
  }

  @Test
  void symbolicLinkLoopsAndBrokenLinksAreOneLineEachAndTheWalkGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "date 2020-01-02\nA.\n");
    Files.createSymbolicLink(in.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
    Files.writeString(in.resolve(".hidden.txt"), "not an article");
    ReadResult r = new ArticleReader().read(List.of(in));
    assertEquals(List.of("a"), r.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            in.resolve("gone.txt") + ": symbolic link to nothing (broken, or a loop); skipped",
            in.resolve("loop")
                + ": symbolic link loop back to "
                + in.toRealPath()
                + "; not followed"),
        r.rejections().stream().map(Rejection::toString).toList());
  }

  @Test
  void htmlIsRefusedButCompanyNamesInAngleBracketsAreText() throws Exception {
    Files.writeString(dir.resolve("wire.txt"), "date 1987-03-02\n<CINRAM LTD> 4TH QTR NET\n");
    Files.writeString(
        dir.resolve("page.txt"), "date 1987-03-02\n<p>Cinram <b>earned</b> more.</p>\n");
    ReadResult r = new ArticleReader().read(List.of(dir));
    assertEquals(List.of("wire"), r.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            dir.resolve("page.txt")
                + ": text is HTML or XML markup (starts with '<p>Cinram <b>earned<'); give the"
                + " article as plain text"),
        r.rejections().stream().map(Rejection::toString).toList());
  }
}
