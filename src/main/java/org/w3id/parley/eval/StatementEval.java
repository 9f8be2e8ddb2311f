package org.w3id.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.QuoteBaseline;
import org.w3id.parley.store.ParleyStore;

/**
 * {@code parley eval statements}: ingests a PolNeAR split (or news-gold's articles with statements)
 * into a fresh store, reads the statements back through SPARQL (the vocabulary contract: {@code
 * parley:evidence} offsets for the content, {@code parley:speakerMention} for the speaker) and
 * scores them. Writes {@code statements.tsv} (the reference scorer's input format), {@code
 * statements.json} and {@code statements-misses.tsv} (each error, by pattern) to the output folder.
 *
 * <pre>{@code
 * StatementEval.Result r = new StatementEval(Path.of("out")).run(Path.of("../shared/eval/polnear/dev"), metadata, listener);
 * }</pre>
 */
public final class StatementEval {
  private static final Pattern DATE_IN_NAME = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private static final String STATEMENTS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?id ?b ?e ?sb ?se ?sanchor (SAMPLE(?l) AS ?label) WHERE {
        ?s a parley:Statement ; parley:evidence ?ev .
        ?ev parley:begin ?b ; parley:end ?e ; parley:article/parley:id ?id .
        OPTIONAL { ?s parley:speakerMention ?sm . ?sm parley:begin ?sb ; parley:end ?se ; parley:anchor ?sanchor }
        OPTIONAL { ?s parley:speaker/rdfs:label ?l }
      } GROUP BY ?s ?id ?b ?e ?sb ?se ?sanchor ORDER BY ?id ?b ?e
      """;

  /**
   * What an evaluation produced.
   *
   * @param score the scores
   * @param statements the statements scored
   * @param ingest what ingesting the gold articles did
   * @param errors the errors per pattern ({@link StatementMisses}), written one by one to {@code
   *     statements-misses.tsv}
   */
  public record Result(
      StatementScore score,
      List<SystemStatement> statements,
      IngestReport ingest,
      Map<String, Integer> errors) {
    public Result {
      errors = Map.copyOf(errors);
    }
  }

  private final Path out;

  /** An evaluation writing its files (and its temporary store) under {@code out}. */
  public StatementEval(Path out) {
    this.out = out;
  }

  /**
   * Ingests the split into a temporary store and scores the statements read back from it.
   *
   * @param metadata a metadata.tsv with publication dates; when empty, the one next to the split is
   *     used if present, and otherwise dates come from the file names
   */
  public Result run(Path split, Optional<Path> metadata, IngestListener listener) {
    List<GoldArticle> gold = PolnearGold.load(split);
    return ingestAndScore(split.toString(), articles(split, gold, metadata), gold, listener);
  }

  /**
   * Ingests news-gold's articles with annotated statements into a temporary store and scores the
   * statements read back from it ({@link NewsGoldStatements} says how the rules apply).
   */
  public Result runNewsGold(NewsGold newsGold, IngestListener listener) {
    ReadResult articles = newsGold.read(newsGold.withStatements());
    List<GoldArticle> gold = NewsGoldStatements.gold(newsGold, articles, Gazetteer.bundled());
    return ingestAndScore(newsGold.file().toString(), articles, gold, listener);
  }

  private Result ingestAndScore(
      String goldName, ReadResult articles, List<GoldArticle> gold, IngestListener listener) {
    Path storeDir = out.resolve("store-" + System.nanoTime());
    try (ParleyStore store = ParleyStore.open(storeDir)) {
      IngestReport report = new Ingester(store).ingest(articles, listener);
      List<SystemStatement> statements = read(store, gold);
      StatementScore score = new StatementScorer().score(gold, statements);
      StatementMisses.Result misses = StatementMisses.of(gold, statements);
      StatementReports.writeTsv(out.resolve("statements.tsv"), statements);
      StatementReports.writeJson(out.resolve("statements.json"), goldName, score);
      StatementReports.writeMisses(out.resolve("statements-misses.tsv"), misses);
      return new Result(score, statements, report, misses.counts());
    } finally {
      deleteQuietly(storeDir);
    }
  }

  /**
   * Scores CoreNLP's own quote annotator on the same split, writing {@code baseline.tsv}; progress
   * goes to {@code progress} as articles finish.
   */
  public StatementScore baseline(
      Path split, Optional<Path> metadata, java.util.function.IntConsumer progress) {
    List<GoldArticle> gold = PolnearGold.load(split);
    Map<String, GoldArticle> byId = new HashMap<>();
    gold.forEach(g -> byId.put(g.id(), g));
    QuoteBaseline corenlp = new QuoteBaseline();
    List<SystemStatement> rows = new ArrayList<>();
    int done = 0;
    for (Article a : articles(split, gold, metadata).articles()) {
      GoldArticle g = byId.get(a.id());
      for (var q : corenlp.quotes(a.text(), a.published())) {
        Optional<CodePoints> speaker =
            q.speakerBegin().isPresent() && q.speakerEnd().isPresent()
                ? Optional.of(
                    CodePoints.fromJava(g.text(), q.speakerBegin().get(), q.speakerEnd().get()))
                : Optional.empty();
        rows.add(
            new SystemStatement(
                g.id(),
                CodePoints.fromJava(g.text(), q.begin(), q.end()),
                speaker,
                q.speaker(),
                q.canonical()));
      }
      progress.accept(++done);
    }
    StatementReports.writeTsv(out.resolve("baseline.tsv"), rows);
    StatementScore score = new StatementScorer().score(gold, rows);
    StatementReports.writeJson(out.resolve("baseline.json"), split.toString(), score);
    return score;
  }

  /**
   * The gold texts as articles dated from {@code metadata} (or the metadata.tsv next to the split),
   * falling back to a date in the file name; an article with neither is rejected.
   */
  static ReadResult articles(Path split, List<GoldArticle> gold, Optional<Path> metadata) {
    Map<String, LocalDate> dates =
        metadata.or(() -> besideSplit(split)).map(StatementEval::readDates).orElse(Map.of());
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (GoldArticle g : gold) {
      Path file = split.resolve("text").resolve(g.id() + ".txt");
      LocalDate date = dates.getOrDefault(g.id(), dateFromName(g.id()));
      if (date == null) {
        rejected.add(
            new Rejection(file.toString(), "no publication date in the metadata or the file name"));
      } else {
        articles.add(
            new Article(
                g.id(), date, Optional.empty(), Optional.empty(), g.text(), file.toString()));
      }
    }
    return new ReadResult(articles, rejected);
  }

  private static Optional<Path> besideSplit(Path split) {
    Path guess = split.toAbsolutePath().getParent().resolve("metadata.tsv");
    return Files.isRegularFile(guess) ? Optional.of(guess) : Optional.empty();
  }

  /** The statements in the store, as the scorer's rows (offsets in code points). */
  static List<SystemStatement> read(ParleyStore store, List<GoldArticle> gold) {
    Map<String, String> texts = new HashMap<>();
    gold.forEach(g -> texts.put(g.id(), g.text()));
    List<SystemStatement> out = new ArrayList<>();
    store.select(
        STATEMENTS,
        row -> {
          String id = row.getLiteral("id").getString();
          String text = texts.get(id);
          if (text != null) {
            out.add(toSystem(id, text, row));
          }
        });
    return out;
  }

  private static SystemStatement toSystem(String id, String text, QuerySolution row) {
    CodePoints content =
        CodePoints.fromJava(text, row.getLiteral("b").getInt(), row.getLiteral("e").getInt());
    Optional<CodePoints> speaker =
        row.contains("sb")
            ? Optional.of(
                CodePoints.fromJava(
                    text, row.getLiteral("sb").getInt(), row.getLiteral("se").getInt()))
            : Optional.empty();
    String speakerText = row.contains("sanchor") ? row.getLiteral("sanchor").getString() : "";
    String label = row.contains("label") ? row.getLiteral("label").getString() : "";
    return new SystemStatement(id, content, speaker, speakerText, label);
  }

  static Map<String, LocalDate> readDates(Path metadata) {
    Map<String, LocalDate> out = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(metadata + ": cannot read: " + e.getMessage(), e);
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (name < 0 || date < 0) {
      throw new EvalException(
          metadata + " line 1: expected columns 'filename' and 'publication_date'");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length > Math.max(name, date) && cols[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.put(cols[name], LocalDate.parse(cols[date]));
      }
    }
    return out;
  }

  static LocalDate dateFromName(String id) {
    Matcher m = DATE_IN_NAME.matcher(id);
    return m.find() ? LocalDate.parse(m.group(1)) : null;
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a leftover temporary store is harmless
    }
  }
}
