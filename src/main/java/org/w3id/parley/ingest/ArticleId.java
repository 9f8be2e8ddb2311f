package org.w3id.parley.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Article ids, minted so that they go into an IRI as they are: parts of letters and digits (any
 * script), {@code .}, {@code _} and {@code -}, each starting with a letter or digit, joined by
 * {@code /}; at most 200 characters. No part can be {@code .} or {@code ..}, and nothing needs
 * escaping, so {@code https://w3id.org/parley/id/article/} + id is always a safe IRI under that
 * folder.
 *
 * <pre>{@code
 * ArticleId.ofPath(Path.of("sub/report.txt"));   // "sub/report"
 * ArticleId.ofJson("Reuters 2019/12 #3");          // "Reuters-2019/12-3"
 * ArticleId.ofJson("../../etc/passwd");            // IllegalArgumentException
 * }</pre>
 *
 * Different inputs can give one id ("a b" and "a-b"); the reader and the store refuse the second
 * rather than mix two articles up.
 */
public final class ArticleId {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 200;

  /** What a valid id looks like, for messages. */
  static final String RULE =
      "use letters, digits, '.', '_' or '-', with '/' between parts, at most "
          + MAX_LENGTH
          + " characters";

  private static final String PART = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}._-]*";
  private static final Pattern VALID = Pattern.compile(PART + "(?:/" + PART + ")*");
  private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}\\p{M}._-]+");
  private static final Pattern ENDS = Pattern.compile("^[\\p{M}._-]+|-+$");

  private ArticleId() {}

  /** Whether {@code id} is a valid article id. */
  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && VALID.matcher(id).matches();
  }

  /**
   * The id of a file from its path below the folder given (or its name, for a file given directly),
   * without the extension: {@code sub/report.txt} gives {@code sub/report}.
   *
   * @return empty if no part of the path gives a usable id, or the id is too long
   */
  public static Optional<String> ofPath(Path relative) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < relative.getNameCount(); i++) {
      String name = relative.getName(i).toString();
      if (i == relative.getNameCount() - 1) {
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
      }
      String part = slug(name);
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    String id = String.join("/", parts);
    return isValid(id) ? Optional.of(id) : Optional.empty();
  }

  /**
   * The id for a JSON Lines {@code id} field: characters an id cannot hold become {@code -}, and
   * {@code /} separates parts.
   *
   * @throws IllegalArgumentException naming the raw id, if it has a {@code .} or {@code ..} part,
   *     gives no usable id, or is longer than {@value #MAX_LENGTH} characters
   */
  public static String ofJson(String raw) {
    List<String> parts = new ArrayList<>();
    for (String piece : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).split("/")) {
      if (piece.equals(".") || piece.equals("..")) {
        throw new IllegalArgumentException(
            "field 'id' '"
                + ArticleRules.show(raw)
                + "' has a '"
                + piece
                + "' part; ids name no folders");
      }
      String part = slug(piece);
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    String id = String.join("/", parts);
    if (id.isEmpty()) {
      throw new IllegalArgumentException(
          "field 'id' '" + ArticleRules.show(raw) + "' gives no usable article id; " + RULE);
    }
    if (id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "field 'id' is " + id.length() + " characters long; at most " + MAX_LENGTH);
    }
    return id;
  }

  // One part: NFC, runs of other characters become '-', and it starts with a letter or digit (and
  // ends without a '-' that stood for a bracket or a space).
  private static String slug(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    return ENDS.matcher(OTHER.matcher(nfc).replaceAll("-")).replaceAll("");
  }
}
