package org.w3id.parley.eval;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.QuoteBaseline;
import org.w3id.parley.store.ParleyStore;

/**
 * {@code parley eval statements}: ingests a PolNeAR split into a fresh store, reads the statements
 * back through SPARQL (the vocabulary contract: {@code parley:evidence} offsets for the content,
 * {@code parley:speakerMention} for the speaker) and scores them. Writes {@code statements.tsv}
 * (the reference scorer's input format) and {@code statements.json} to the output folder.
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
   */
  public record Result(
      StatementScore score, List<SystemStatement> statements, IngestReport ingest) {}

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
    ReadResult articles = articles(split, gold, metadata);
    Path storeDir = out.resolve("store-" + System.nanoTime());
    try (ParleyStore store = ParleyStore.open(storeDir)) {
      IngestReport report = new Ingester(store).ingest(articles, listener);
      List<SystemStatement> statements = read(store, gold);
      StatementScore score = new StatementScorer().score(gold, statements);
      writeTsv(out.resolve("statements.tsv"), statements);
      writeJson(out.resolve("statements.json"), split, score);
      return new Result(score, statements, report);
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
    writeTsv(out.resolve("baseline.tsv"), rows);
    StatementScore score = new StatementScorer().score(gold, rows);
    writeJson(out.resolve("baseline.json"), split, score);
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

  /** Writes statements in the reference scorer's TSV format. */
  public static void writeTsv(Path file, List<SystemStatement> statements) {
    StringBuilder sb =
        new StringBuilder(
            "article\tcontent_begin\tcontent_end\tspeaker_begin\tspeaker_end\tspeaker_text\tcanonical_speaker_text\n");
    for (SystemStatement s : statements) {
      sb.append(s.article())
          .append('\t')
          .append(s.content().begin())
          .append('\t')
          .append(s.content().end());
      sb.append('\t').append(s.speaker().map(x -> Integer.toString(x.begin())).orElse(""));
      sb.append('\t').append(s.speaker().map(x -> Integer.toString(x.end())).orElse(""));
      sb.append('\t')
          .append(clean(s.speakerText()))
          .append('\t')
          .append(clean(s.canonicalText()))
          .append('\n');
    }
    write(file, sb.toString());
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  static void writeJson(Path file, Path split, StatementScore s) {
    JsonObject o = new JsonObject();
    o.put("gold_dir", split.toString());
    o.put("articles", s.articles());
    o.put("gold", s.gold());
    o.put("gold_direct", s.goldDirect());
    o.put("sys", s.system());
    o.put("sys_unattributed", s.unattributed());
    o.put("content_tp", s.contentTp());
    o.put("full_tp", s.fullTp());
    o.put("direct_content_tp", s.directContentTp());
    o.put("direct_full_tp", s.directFullTp());
    o.put("content_P", org.apache.jena.atlas.json.JsonNumber.value(s.contentP()));
    o.put("content_R", org.apache.jena.atlas.json.JsonNumber.value(s.contentR()));
    o.put("content_F1", org.apache.jena.atlas.json.JsonNumber.value(s.contentF1()));
    o.put("full_P", org.apache.jena.atlas.json.JsonNumber.value(s.fullP()));
    o.put("full_R", org.apache.jena.atlas.json.JsonNumber.value(s.fullR()));
    o.put("full_F1", org.apache.jena.atlas.json.JsonNumber.value(s.fullF1()));
    o.put("direct_content_R", org.apache.jena.atlas.json.JsonNumber.value(s.directContentR()));
    o.put("direct_full_R", org.apache.jena.atlas.json.JsonNumber.value(s.directFullR()));
    o.put("unattributed_share", org.apache.jena.atlas.json.JsonNumber.value(s.unattributedShare()));
    o.put(
        "speaker_acc_given_content",
        org.apache.jena.atlas.json.JsonNumber.value(s.speakerAccuracyGivenContent()));
    try (OutputStream os = Files.newOutputStream(file)) {
      JSON.write(os, o);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot write: " + e.getMessage(), e);
    }
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
