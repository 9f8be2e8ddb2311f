package org.w3id.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.ingest.Rejection;

/**
 * The news-gold development set (../shared/eval/news-gold/gold.jsonl): one line per article, naming
 * its corpus and file, with gold meetings (participants as full names, {@code ORG:name} or {@code
 * ISO:code}; status; mode; date; place; evidence) and, for some articles, gold statements.
 *
 * <pre>{@code
 * NewsGold gold = NewsGold.load(Path.of("../shared/eval/news-gold/gold.jsonl"), Optional.empty());
 * ReadResult articles = gold.read();
 * }</pre>
 *
 * @param file the gold file
 * @param corpora the folder that holds the corpora the gold names ({@code corpora/CORPUS/FILE})
 * @param articles the gold, in file order
 */
public record NewsGold(Path file, Path corpora, List<NewsGold.Item> articles) {

  public NewsGold {
    articles = List.copyOf(articles);
  }

  /**
   * One article of the gold.
   *
   * @param id the article id Parley gives the file (its name without the extension)
   * @param source where the text is
   * @param published publication date
   * @param meetings its gold meetings
   * @param statementsAnnotated whether statements were annotated in this article
   * @param statements its gold statements (empty where none were annotated)
   */
  public record Item(
      String id,
      Path source,
      LocalDate published,
      List<Meeting> meetings,
      boolean statementsAnnotated,
      List<Statement> statements) {
    public Item {
      meetings = List.copyOf(meetings);
      statements = List.copyOf(statements);
    }
  }

  /**
   * One gold statement.
   *
   * @param speaker full name, {@code ORG:…} or {@code ISO:…}; empty for an unnamed source
   * @param direct whether the content is in quotation marks
   * @param cue the words that introduce it
   * @param content the content (both parts, joined by " … ", for a quote interrupted by its
   *     attribution)
   * @param begin offset of the content in the file (code points, equal to Java indices here)
   * @param end end of the content, or of its second part
   */
  public record Statement(
      Optional<String> speaker, boolean direct, String cue, String content, int begin, int end) {
    public Statement {
      Objects.requireNonNull(speaker, "speaker");
      if (begin > end) {
        throw new IllegalArgumentException("begin > end: " + begin + " > " + end);
      }
    }
  }

  /**
   * One gold meeting.
   *
   * @param article article id
   * @param participants full names, {@code ORG:…} or {@code ISO:…}
   * @param status held, planned or cancelled
   * @param mode in_person, call or unknown
   * @param date the day, if the text fixes it
   * @param place as written, if named
   * @param evidence the sentence that states it
   */
  public record Meeting(
      String article,
      List<String> participants,
      String status,
      String mode,
      Optional<LocalDate> date,
      Optional<String> place,
      String evidence) {
    public Meeting {
      participants = List.copyOf(participants);
    }
  }

  /** Whether a gold file is in news-gold's format (articles named by corpus and file). */
  public static boolean isNewsGold(Path file) {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(l -> !l.isBlank())
          .findFirst()
          .map(l -> JSON.parse(l).hasKey("corpus"))
          .orElse(false);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Reads the gold.
   *
   * @param corpora the corpora folder; default {@code ../../corpora} from the gold file's folder,
   *     as laid out in ../shared
   */
  public static NewsGold load(Path file, Optional<Path> corpora) {
    Path root =
        corpora.orElse(file.toAbsolutePath().getParent().resolve("../../corpora").normalize());
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        items.add(item(JSON.parse(lines.get(i)), root));
      } catch (RuntimeException e) {
        throw new EvalException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new NewsGold(file, root, items);
  }

  private static Item item(JsonObject o, Path root) {
    String name = o.getString("file");
    String id = name.replaceFirst("\\.[^.]*$", "");
    Path source = root.resolve(o.getString("corpus")).resolve(name);
    if (!Files.isRegularFile(source)) {
      throw new EvalException("article " + source + " not found (set --corpora)");
    }
    List<Meeting> meetings = new ArrayList<>();
    for (JsonValue v : o.get("meetings").getAsArray()) {
      JsonObject m = v.getAsObject();
      List<String> who = new ArrayList<>();
      JsonArray p = m.get("participants").getAsArray();
      p.forEach(x -> who.add(x.getAsString().value()));
      meetings.add(
          new Meeting(
              id,
              who,
              m.getString("status"),
              m.getString("mode"),
              optional(m, "date").map(LocalDate::parse),
              optional(m, "place"),
              evidence(m, source)));
    }
    JsonValue statements = o.get("statements");
    boolean annotated = statements != null && !statements.isNull();
    List<Statement> said = new ArrayList<>();
    if (annotated) {
      for (JsonValue v : statements.getAsArray()) {
        said.add(statement(v.getAsObject()));
      }
    }
    return new Item(
        id, source, LocalDate.parse(o.getString("published")), meetings, annotated, said);
  }

  private static Statement statement(JsonObject s) {
    String content = s.getString("content");
    int end = s.get("end").getAsNumber().value().intValue();
    Optional<String> second = optional(s, "content2");
    if (second.isPresent()) {
      content = content + " … " + second.get();
      end = s.get("end2").getAsNumber().value().intValue();
    }
    return new Statement(
        optional(s, "speaker"),
        s.get("direct").getAsBoolean().value(),
        optional(s, "cue").orElse(""),
        content,
        s.get("begin").getAsNumber().value().intValue(),
        end);
  }

  /**
   * The sentence that states a meeting: as written in the gold, or, in a gold that keeps no text of
   * the articles it annotates, the code points {@code begin}..{@code end} of the article.
   */
  private static String evidence(JsonObject m, Path source) {
    Optional<String> written = optional(m, "evidence");
    if (written.isPresent()) {
      return written.get();
    }
    if (!m.hasKey("begin") || !m.hasKey("end")) {
      throw new EvalException("a meeting has neither evidence nor begin and end");
    }
    String text = text(source);
    CodePoints span =
        new CodePoints(
            m.get("begin").getAsNumber().value().intValue(),
            m.get("end").getAsNumber().value().intValue());
    if (span.end() > text.codePointCount(0, text.length())) {
      throw new EvalException("evidence " + span + " runs past the end of " + source);
    }
    return span.toJavaSubstring(text);
  }

  private static Optional<String> optional(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.getAsString().value());
  }

  /** The gold's articles, read as Parley reads any text file. */
  public ReadResult read() {
    return read(articles);
  }

  /**
   * Some of the gold's articles, read as Parley reads any text file. A file without Parley's {@code
   * date} line (PolNeAR's texts, say) is the article's whole text, published on the gold's date.
   */
  public ReadResult read(List<Item> items) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    for (Item item : items) {
      String text = text(item.source());
      if (text.stripLeading().startsWith("date ")) {
        ReadResult r = reader.read(List.of(item.source()));
        articles.addAll(r.articles());
        rejected.addAll(r.rejections());
      } else {
        articles.add(
            new Article(
                Article.sanitizeId(item.id()),
                item.published(),
                Optional.empty(),
                Optional.empty(),
                text,
                item.source().toString()));
      }
    }
    return new ReadResult(articles, rejected);
  }

  /** A gold article's file as it is on disk, date line included. */
  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The articles whose statements were annotated, in file order. */
  public List<Item> withStatements() {
    return articles.stream().filter(Item::statementsAnnotated).toList();
  }

  /** All gold meetings, in file order. */
  public List<Meeting> meetings() {
    return articles.stream().flatMap(a -> a.meetings().stream()).toList();
  }
}
