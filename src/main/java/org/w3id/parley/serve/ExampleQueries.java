package org.w3id.parley.serve;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst queries of {@code queries/}, which the build packages into the jar, read with the
 * documentation of their leading comment block:
 *
 * <pre>
 * # -----------------------------------------
 * # 02 All meetings of a person            (number and name)
 * #
 * # Every meeting in which ...             (comment: up to the first section)
 * #
 * # Columns                                (sections: Columns, Parameters, Example row(s))
 * #   person   label of the matched person
 * # Parameters
 * #   ?name  VALUES inside the sub-select below. ...
 * # -----------------------------------------
 * PREFIX parley: ...                       (the query)
 * </pre>
 */
final class ExampleQueries {
  /** Where the build puts {@code queries/*.rq} on the classpath. */
  static final String FOLDER = "org/w3id/parley/queries/";

  private static final Pattern TITLE = Pattern.compile("(\\d+)\\s+(\\S.*)");
  private static final Pattern SECTION = Pattern.compile("Columns|Parameters|Example rows?");
  private static final Pattern RULE = Pattern.compile("-{3,}");

  private ExampleQueries() {}

  /**
   * Every {@code .rq} file of the queries folder on the classpath, in file-name order.
   *
   * @throws ServeException if one of them lacks its title line
   */
  static List<ExampleQuery> fromClasspath() {
    try {
      return ClassPath.from(ExampleQueries.class.getClassLoader()).getResources().stream()
          .filter(r -> r.getResourceName().startsWith(FOLDER))
          .filter(r -> r.getResourceName().endsWith(".rq"))
          .sorted(Comparator.comparing(ClassPath.ResourceInfo::getResourceName))
          .map(r -> parse(fileName(r.getResourceName()), read(r)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the comment block at the top of {@code text}, the file {@code fileName} (as {@code
   * queries/} names it).
   *
   * @throws ServeException if the block does not start with {@code # NN Name}, or no query follows
   */
  static ExampleQuery parse(String fileName, String text) {
    List<String> lines = text.lines().toList();
    int line = 0;
    while (line < lines.size() && isComment(lines.get(line)) && isRule(lines.get(line))) {
      line++;
    }
    String first = line < lines.size() ? lines.get(line) : "";
    Matcher title = isComment(first) ? TITLE.matcher(uncomment(first).strip()) : null;
    if (title == null || !title.matches()) {
      throw new ServeException(
          "queries/"
              + fileName
              + " line "
              + (line + 1)
              + ": expected a title such as '# 02 All meetings of a person', found '"
              + first
              + "'");
    }
    StringBuilder comment = new StringBuilder();
    StringBuilder parameters = new StringBuilder();
    StringBuilder into = comment;
    for (line++; line < lines.size() && isComment(lines.get(line)); line++) {
      String content = uncomment(lines.get(line));
      if (SECTION.matcher(content).matches()) {
        into = content.equals("Parameters") ? parameters : null;
      } else if (into != null && !isRule(lines.get(line))) {
        into.append(content).append('\n');
      }
    }
    String query = String.join("\n", lines.subList(line, lines.size())).strip();
    if (query.isEmpty()) {
      throw new ServeException("queries/" + fileName + ": no query after the comment block");
    }
    String id = fileName.replaceFirst("\\.rq$", "");
    return new ExampleQuery(
        id,
        title.group(1),
        title.group(2).strip(),
        comment.toString().strip(),
        parameters.toString().stripTrailing().replaceFirst("^\\n+", ""),
        query + "\n");
  }

  private static boolean isComment(String line) {
    return line.startsWith("#");
  }

  private static boolean isRule(String line) {
    return RULE.matcher(uncomment(line).strip()).matches();
  }

  // "# text" -> "text", keeping the indentation after the one space that follows '#'.
  private static String uncomment(String line) {
    String content = line.substring(1);
    return content.startsWith(" ") ? content.substring(1) : content;
  }

  private static String fileName(String resourceName) {
    return resourceName.substring(resourceName.lastIndexOf('/') + 1);
  }

  private static String read(ClassPath.ResourceInfo resource) {
    try {
      return resource.asCharSource(StandardCharsets.UTF_8).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
