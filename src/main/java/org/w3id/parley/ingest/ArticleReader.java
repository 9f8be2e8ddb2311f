package org.w3id.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders: {@code .txt} files whose first line is {@code date
 * YYYY-MM-DD}, and {@code .jsonl} files with one article per line. Folders are walked recursively
 * in name order; other file types in a folder are skipped. Bad input never stops the run: each bad
 * file or line becomes one {@link Rejection}.
 *
 * <pre>{@code
 * ReadResult read = new ArticleReader().read(List.of(Path.of("seeds")));
 * read.rejections().forEach(System.err::println);
 * }</pre>
 */
public final class ArticleReader {
  private final TextArticleParser textParser = new TextArticleParser();
  private final JsonLinesParser jsonParser = new JsonLinesParser();

  /**
   * Reads every article under the given paths.
   *
   * @throws IngestException if a path does not exist or a folder cannot be listed
   */
  public ReadResult read(List<Path> paths) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    Map<String, String> firstSource = new HashMap<>();
    for (Path file : expand(paths)) {
      List<Object> parsed = parseFile(file);
      for (Object item : parsed) {
        if (item instanceof Rejection rejection) {
          rejections.add(rejection);
        } else if (item instanceof Article article) {
          String earlier = firstSource.putIfAbsent(article.id(), article.source());
          if (earlier == null) {
            articles.add(article);
          } else {
            rejections.add(
                new Rejection(
                    article.source(),
                    "duplicate article id '"
                        + article.id()
                        + "' (first read from "
                        + earlier
                        + ")"));
          }
        }
      }
    }
    return new ReadResult(articles, rejections);
  }

  private List<Object> parseFile(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of(new Rejection(name, "cannot read file: " + e.getMessage()));
    }
    if (bytes.length == 0) {
      return List.of(new Rejection(name, "empty file"));
    }
    String content;
    try {
      content = decodeUtf8(bytes);
    } catch (MalformedInputException e) {
      return List.of(new Rejection(name, "not UTF-8 text (" + e.getMessage() + ")"));
    } catch (CharacterCodingException e) {
      return List.of(new Rejection(name, "not UTF-8 text"));
    }
    int control = firstBinaryCharacter(content);
    if (control >= 0) {
      return List.of(
          new Rejection(
              name,
              String.format(
                  Locale.ROOT,
                  "binary content: control character U+%04X at character %d; expected plain text",
                  (int) content.charAt(control),
                  control)));
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    content = content.replace("\r\n", "\n").replace('\r', '\n');
    if (isJsonLines(file)) {
      return jsonParser.parse(name, content);
    }
    return List.of(textParser.parse(name, baseName(file), content));
  }

  static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Index of the first control character no text file has (NUL, BEL, ESC, ...), or -1. */
  static int firstBinaryCharacter(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return i;
      }
    }
    return -1;
  }

  private static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IngestException(path + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(ArticleReader::isArticleFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new IngestException(path + ": cannot list folder: " + e.getMessage(), e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Whether a file in a folder is read as articles ({@code .txt}, {@code .jsonl}, {@code .ndjson});
   * others are skipped.
   */
  public static boolean isArticleFile(Path p) {
    return isText(p) || isJsonLines(p);
  }

  private static boolean isText(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static boolean isJsonLines(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
