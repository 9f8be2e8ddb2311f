package org.w3id.parley.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the plain-text article format: line 1 is {@code date YYYY-MM-DD} (leading spaces allowed;
 * the article may go on after the date on the same line, as in the seed article), the rest is the
 * text. A short first text line followed by a blank line and not ending like a sentence is the
 * title.
 */
final class TextArticleParser {
  private static final Pattern DATE_LINE = Pattern.compile("^[ \\t]*date[ \\t]+(\\S+)[ \\t]*");
  private static final int MAX_TITLE = 200;

  /**
   * Returns an {@link Article} or a {@link Rejection}.
   *
   * @param id the id the file's path gives, empty if it gives none
   * @param content the file's text, line ends already {@code \n}
   */
  Object parse(String source, Optional<String> id, String content) {
    int newline = content.indexOf('\n');
    String firstLine = newline < 0 ? content : content.substring(0, newline);
    Matcher m = DATE_LINE.matcher(firstLine);
    if (!m.find()) {
      return new Rejection(
          source + " line 1",
          "expected 'date YYYY-MM-DD', found '" + ArticleRules.show(firstLine.strip()) + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return new Rejection(
          source + " line 1",
          "invalid date '"
              + ArticleRules.show(m.group(1))
              + "': expected a real date as YYYY-MM-DD");
    }
    Optional<String> badDate = ArticleRules.dateProblem(date);
    if (badDate.isPresent()) {
      return new Rejection(source + " line 1", badDate.get());
    }
    String rest = firstLine.substring(m.end()) + (newline < 0 ? "" : content.substring(newline));
    String text = rest.strip();
    if (text.isEmpty()) {
      return new Rejection(source, "no article text after the date line");
    }
    Optional<String> badText = ArticleRules.textProblem(text);
    if (badText.isPresent()) {
      return new Rejection(source, badText.get());
    }
    if (id.isEmpty()) {
      return new Rejection(source, "the file's path gives no usable article id; " + ArticleId.RULE);
    }
    return new Article(id.get(), date, title(text), Optional.empty(), text, source);
  }

  static Optional<String> title(String text) {
    int nl = text.indexOf('\n');
    if (nl <= 0 || !text.startsWith("\n", nl + 1)) {
      return Optional.empty();
    }
    String first = text.substring(0, nl).strip();
    boolean sentenceLike = first.endsWith(".") || first.endsWith("”") || first.endsWith("\"");
    if (first.isEmpty() || first.length() > MAX_TITLE || sentenceLike) {
      return Optional.empty();
    }
    return Optional.of(first);
  }
}
