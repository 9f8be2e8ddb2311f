package org.w3id.parley.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads articles from files and folders: {@code .txt} files whose first line is {@code date
 * YYYY-MM-DD}, and {@code .jsonl} files with one article per line, read line by line, so memory
 * does not grow with the input. Bad input never stops the run: each bad file or line becomes one
 * {@link Rejection}, and a file or line too large to hold an article of {@code maxArticleChars} is
 * refused before it is read into memory.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader();
 * reader.read(InputFiles.list(List.of(Path.of("seeds"))), sink);   // streaming
 * ReadResult all = reader.read(List.of(Path.of("seeds")));         // collected, for small inputs
 * }</pre>
 */
public final class ArticleReader {
  /** The default {@code maxArticleChars}: twenty times a long feature story. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final TextArticleParser textParser = new TextArticleParser();
  private final JsonLinesParser jsonParser = new JsonLinesParser();
  private final int maxArticleChars;

  public ArticleReader() {
    this(DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** A reader that refuses, unread, any file or line too large for this many characters. */
  public ArticleReader(int maxArticleChars) {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars < 1: " + maxArticleChars);
    }
    this.maxArticleChars = maxArticleChars;
  }

  /**
   * Reads every article under the paths into memory; for small inputs and tests.
   *
   * @throws IngestException if a path does not exist
   */
  public ReadResult read(List<Path> paths) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    read(
        InputFiles.list(paths),
        new ArticleSink() {
          @Override
          public void article(Article article, Optional<String> origin, long position) {
            articles.add(article);
          }

          @Override
          public void rejected(Rejection rejection, long position) {
            rejections.add(rejection);
          }
        });
    return new ReadResult(articles, rejections);
  }

  /**
   * Reads the files in order, handing each article or rejection to {@code sink} as soon as it is
   * read. An id read twice is rejected the second time, naming where it was first read.
   */
  public void read(InputFiles input, ArticleSink sink) {
    for (Rejection r : input.rejections()) {
      sink.rejected(r, 0);
    }
    FirstReads firstReads = new FirstReads(input.files());
    long base = 0;
    for (int i = 0; i < input.files().size(); i++) {
      InputFiles.File file = input.files().get(i);
      Reading reading = new Reading(file, i, base, sink, firstReads);
      if (file.jsonLines()) {
        readJsonLines(reading);
      } else {
        readText(reading);
      }
      base += file.size();
    }
  }

  /** One file being read: where its articles go, and the input read before it. */
  private record Reading(
      InputFiles.File file, int index, long base, ArticleSink sink, FirstReads firstReads) {
    String name() {
      return file.path().toString();
    }

    void reject(String where, String message, long position) {
      sink.rejected(new Rejection(where, message), base + position);
    }

    void accept(Object parsed, Optional<String> origin, int line, long position) {
      if (parsed instanceof Article a) {
        Optional<String> earlier = firstReads.earlier(a.id(), index, line);
        if (earlier.isPresent()) {
          reject(
              a.source(),
              "duplicate article id '" + a.id() + "' (first read from " + earlier.get() + ")",
              position);
        } else {
          sink.article(a, origin, base + position);
        }
      } else {
        sink.rejected((Rejection) parsed, base + position);
      }
    }
  }

  private void readText(Reading r) {
    long size = r.file().size();
    // UTF-8 takes at most 4 bytes a character; allow for the date line.
    long limit = 4L * maxArticleChars + 1024;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(r.file().path())) {
      bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      r.reject(r.name(), "cannot read file: " + e.getMessage(), size);
      return;
    }
    if (bytes.length > limit) {
      r.reject(r.name(), tooLarge("file has", Math.max(size, bytes.length)), size);
      return;
    }
    if (bytes.length == 0) {
      r.reject(r.name(), "empty file", size);
      return;
    }
    String content;
    try {
      content = ArticleRules.decodeUtf8(bytes, 0, bytes.length);
    } catch (IllegalArgumentException e) {
      r.reject(r.name(), e.getMessage(), size);
      return;
    }
    Optional<String> binary = ArticleRules.textProblem(content).filter(p -> p.startsWith("binary"));
    if (binary.isPresent()) {
      r.reject(r.name(), binary.get(), size);
      return;
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    content = content.replace("\r\n", "\n").replace('\r', '\n');
    Optional<String> id = ArticleId.ofPath(r.file().relative());
    Object parsed;
    try {
      parsed = textParser.parse(r.name(), id, content);
    } catch (RuntimeException | StackOverflowError e) {
      parsed = new Rejection(r.name(), unexpected(e));
    }
    r.accept(parsed, origin(r.file()), 0, size);
  }

  private void readJsonLines(Reading r) {
    // JSON can spell a character in up to 6 bytes (\u00e9); allow for the other fields.
    int maxLine = (int) Math.min(6L * maxArticleChars + 65_536, Integer.MAX_VALUE - 8);
    Optional<String> origin = origin(r.file());
    int n = 0;
    boolean any = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(r.file().path()))) {
      BoundedLineReader lines = new BoundedLineReader(in, maxLine);
      while (lines.next()) {
        n++;
        String where = r.name() + " line " + n;
        long position = lines.position();
        if (lines.tooLong()) {
          any = true;
          r.reject(where, tooLarge("line is longer than", maxLine), position);
          continue;
        }
        int from = n == 1 && startsWith(lines.bytes(), lines.length(), BOM) ? BOM.length : 0;
        if (indexOfNul(lines.bytes(), lines.length()) >= 0) {
          r.reject(where, "binary content (a NUL byte); the rest of the file is skipped", position);
          return;
        }
        String line;
        try {
          line = ArticleRules.decodeUtf8(lines.bytes(), from, lines.length() - from);
        } catch (IllegalArgumentException e) {
          any = true;
          r.reject(where, e.getMessage(), position);
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        any = true;
        Object parsed;
        try {
          parsed = jsonParser.parseLine(where, line.strip());
        } catch (RuntimeException | StackOverflowError e) {
          parsed = new Rejection(where, unexpected(e));
        }
        r.accept(parsed, origin, n, position);
      }
    } catch (IOException e) {
      r.reject(r.name() + (n > 0 ? " line " + n : ""), "cannot read file: " + e.getMessage(), 0);
      return;
    }
    if (!any) {
      r.reject(
          r.name(), r.file().size() == 0 ? "empty file" : "no JSON lines in file", r.file().size());
    }
  }

  // A parser failing in a way it did not foresee spoils this input only.
  private static String unexpected(Throwable e) {
    return "cannot parse it (" + ArticleRules.show(String.valueOf(e), 200) + ")";
  }

  private String tooLarge(String what, long bytes) {
    return String.format(
        Locale.ROOT,
        "%s %,d bytes, too many for an article of at most %,d characters (--max-article-chars)",
        what,
        bytes,
        maxArticleChars);
  }

  // The file's real path: the same file however it was named, another file however alike.
  private static Optional<String> origin(InputFiles.File file) {
    try {
      return Optional.of(file.path().toRealPath().toString());
    } catch (IOException e) {
      return Optional.of(file.path().toAbsolutePath().normalize().toString());
    }
  }

  private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where each id was first read this run, kept small (a file index and a line per id) so that a
   * run of millions of articles can refuse duplicates.
   */
  private static final class FirstReads {
    private final Map<String, Long> firstRead = new HashMap<>();
    private final List<InputFiles.File> files;

    FirstReads(List<InputFiles.File> files) {
      this.files = files;
    }

    Optional<String> earlier(String id, int fileIndex, int line) {
      Long first = firstRead.putIfAbsent(id, ((long) fileIndex << 32) | line);
      if (first == null) {
        return Optional.empty();
      }
      int file = (int) (first >>> 32);
      int firstLine = (int) (long) first;
      return Optional.of(files.get(file).path() + (firstLine > 0 ? " line " + firstLine : ""));
    }
  }
}
