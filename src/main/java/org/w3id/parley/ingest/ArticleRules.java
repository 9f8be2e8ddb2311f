package org.w3id.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What both input formats ask of an article's bytes, text and date, with the message for each rule
 * broken. Each message is one line: input is quoted through {@link #show}, which escapes line
 * breaks and the invisible characters that could reorder a terminal line.
 */
final class ArticleRules {
  // A document's opening, or an element with its end tag somewhere after: newswires write company
  // names in angle brackets ("<CINRAM LTD> 4TH QTR"), which are text.
  private static final Pattern DOCUMENT =
      Pattern.compile("^<(?:!doctype\\s+html|\\?xml\\s|html[\\s>])", Pattern.CASE_INSENSITIVE);
  private static final Pattern ELEMENT =
      Pattern.compile("^<([a-z][a-z0-9]*)(?:\\s[^<>]*)?>(?s:.*)</\\1>", Pattern.CASE_INSENSITIVE);

  private ArticleRules() {}

  /**
   * Decodes strict UTF-8.
   *
   * @throws IllegalArgumentException naming the first byte that is not UTF-8
   */
  static String decodeUtf8(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "not UTF-8 text (byte 0x%02X at byte %d); save it as UTF-8",
              bytes[in.position()] & 0xff,
              in.position() - offset));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** What makes {@code text} unfit to be an article's text, if anything. */
  static Optional<String> textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "binary content: control character U+%04X at character %d; expected plain text",
                (int) c,
                i));
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (!paired) {
          return Optional.of(
              String.format(Locale.ROOT, "unpaired surrogate U+%04X at character %d", (int) c, i));
        }
      }
    }
    String start = text.stripLeading();
    if (DOCUMENT.matcher(start).find() || ELEMENT.matcher(start).find()) {
      return Optional.of(
          "text is HTML or XML markup (starts with '"
              + show(start.substring(0, Math.min(start.length(), 20)))
              + "'); give the article as plain text");
    }
    return Optional.empty();
  }

  /** What makes {@code date} impossible as a publication date, if anything. */
  static Optional<String> dateProblem(LocalDate date) {
    if (date.getYear() < 1) {
      return Optional.of("date " + date + " is before year 1");
    }
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    if (date.isAfter(latest)) {
      return Optional.of("date " + date + " is in the future (after " + latest + ")");
    }
    return Optional.empty();
  }

  /** Stops with {@code message}, for a rule broken. */
  static void fail(String message) {
    throw new IllegalArgumentException(message);
  }

  /** {@code s} for a one-line message: at most 40 characters, invisible characters escaped. */
  static String show(String s) {
    return show(s, 40);
  }

  /** {@code s} for a one-line message: at most {@code max} characters, invisible ones escaped. */
  static String show(String s, int max) {
    String shortened = s.length() <= max ? s : s.substring(0, max - 3) + "...";
    StringBuilder out = new StringBuilder();
    shortened
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR
                  || type == Character.SURROGATE) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
