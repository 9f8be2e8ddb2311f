package org.w3id.parley.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.parley.app.IngestListener;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.store.ParleyStore;

/**
 * {@code parley eval meetings}: ingests the gold's articles into a fresh store, reads each
 * article's meetings back through SPARQL and scores them against the gold (format:
 * eval/meetings/README.md). Writes {@code meetings.json} and {@code meetings-errors.tsv} to the
 * output folder.
 *
 * <pre>{@code
 * MeetingEval.Result r = new MeetingEval(Path.of("out")).run(Path.of("eval/meetings/gold.jsonl"), Path.of("eval/meetings/articles"), listener);
 * }</pre>
 */
public final class MeetingEval {
  private static final String MEETINGS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?id ?m ?date ?status ?p ?name WHERE {
        GRAPH ?g {
          ?a a parley:Article ; parley:id ?id .
          ?m a parley:Meeting ; parley:status ?status ; parley:participant ?p .
          OPTIONAL { ?m parley:date ?date }
          { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
        }
      } ORDER BY ?id ?m ?p
      """;

  /**
   * What the evaluation produced.
   *
   * @param score pooled scores
   * @param perArticle scores per article, in gold order
   * @param gold the gold meetings
   * @param system the meetings Parley stored
   */
  public record Result(
      MeetingScore score,
      Map<String, MeetingScore> perArticle,
      List<GoldMeeting> gold,
      List<SystemMeeting> system) {}

  private final Path out;

  public MeetingEval(Path out) {
    this.out = out;
  }

  /**
   * Ingests the gold's articles into a temporary store and scores the meetings read back from it.
   *
   * @param articles the articles' folder; when empty, {@code articles/} next to the gold file
   */
  public Result run(Path goldFile, Optional<Path> articles, IngestListener listener) {
    Map<String, LocalDate> articleDates = new LinkedHashMap<>();
    List<GoldMeeting> gold = readGold(goldFile, articleDates);
    Path dir = articles.orElse(goldFile.toAbsolutePath().getParent().resolve("articles"));
    ReadResult read = new ArticleReader().read(List.of(dir));
    Path storeDir = out.resolve("meetings-store-" + System.nanoTime());
    try (ParleyStore store = ParleyStore.open(storeDir)) {
      new Ingester(store).ingest(read, listener);
      List<SystemMeeting> system = read(store);
      MeetingScorer scorer = new MeetingScorer();
      Map<String, MeetingScore> per = new LinkedHashMap<>();
      for (String a : articleDates.keySet()) {
        per.put(a, scorer.score(gold, system, Set.of(a)));
      }
      MeetingScore score = scorer.score(gold, system, articleDates.keySet());
      writeJson(out.resolve("meetings.json"), score);
      writeErrors(out.resolve("meetings-errors.tsv"), gold, system);
      return new Result(score, per, gold, system);
    } finally {
      StatementEval.deleteQuietly(storeDir);
    }
  }

  /**
   * Scores meetings on the RAMS and WikiEvents meet events (participants only: those corpora have
   * no dates, and their events carry no held/planned status).
   */
  public MeetingScore runEvents(Path eventsDir, IngestListener listener) {
    EventsGold gold = EventsGold.load(eventsDir);
    Path storeDir = out.resolve("events-store-" + System.nanoTime());
    try (ParleyStore store = ParleyStore.open(storeDir)) {
      new Ingester(store).ingest(new ReadResult(gold.articles(), List.of()), listener);
      List<SystemMeeting> system = read(store);
      Set<String> ids = new LinkedHashSet<>();
      gold.articles().forEach(a -> ids.add(a.id()));
      writeErrors(out.resolve("events-errors.tsv"), gold.meetings(), system);
      return new MeetingScorer().score(gold.meetings(), system, ids);
    } finally {
      StatementEval.deleteQuietly(storeDir);
    }
  }

  /**
   * Ingests news-gold's articles into a temporary store and scores the meetings read back from it
   * with the reference scorer's rules; writes each miss, false positive and match (gold beside the
   * meeting found) to {@code meetings-misses.txt}.
   */
  public NewsGoldScorer.Result runNewsGold(NewsGold gold, IngestListener listener) {
    Path storeDir = out.resolve("news-gold-store-" + System.nanoTime());
    try (ParleyStore store = ParleyStore.open(storeDir)) {
      new Ingester(store).ingest(gold.read(), listener);
      NewsGoldScorer.Result r = new NewsGoldScorer().score(gold, store);
      StatementEval.write(out.resolve("meetings-misses.txt"), String.join("\n", r.report()) + "\n");
      return r;
    } finally {
      StatementEval.deleteQuietly(storeDir);
    }
  }

  static List<GoldMeeting> readGold(Path file, Map<String, LocalDate> articleDates) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<GoldMeeting> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonObject o = JSON.parse(lines.get(i));
        String article = o.getString("article");
        articleDates.put(article, LocalDate.parse(o.getString("published")));
        for (JsonValue v : o.get("meetings").getAsArray()) {
          JsonObject m = v.getAsObject();
          List<String> names = new ArrayList<>();
          m.get("participants").getAsArray().forEach(p -> names.add(p.getAsString().value()));
          out.add(
              new GoldMeeting(
                  article,
                  names,
                  optional(m, "date").map(LocalDate::parse),
                  optional(m, "place"),
                  "held".equals(m.getString("status")),
                  m.getString("evidence")));
        }
      } catch (RuntimeException e) {
        throw new EvalException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Optional<String> optional(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.getAsString().value());
  }

  static List<SystemMeeting> read(ParleyStore store) {
    Map<String, String> articleOf = new LinkedHashMap<>();
    Map<String, Optional<LocalDate>> dates = new LinkedHashMap<>();
    Map<String, Boolean> held = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> names = new LinkedHashMap<>();
    store.select(
        MEETINGS,
        row -> {
          String key = row.getLiteral("id").getString() + " " + row.getResource("m").getURI();
          articleOf.put(key, row.getLiteral("id").getString());
          dates.put(
              key,
              row.contains("date")
                  ? Optional.of(LocalDate.parse(row.getLiteral("date").getLexicalForm()))
                  : Optional.empty());
          held.put(key, row.getResource("status").getURI().endsWith("#Held"));
          names
              .computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(row.getResource("p").getURI(), k -> new LinkedHashSet<>())
              .add(row.getLiteral("name").getString());
        });
    List<SystemMeeting> out = new ArrayList<>();
    for (String key : articleOf.keySet()) {
      out.add(
          new SystemMeeting(
              articleOf.get(key),
              new ArrayList<>(names.get(key).values()),
              dates.get(key),
              held.get(key)));
    }
    return out;
  }

  private static void writeJson(Path file, MeetingScore s) {
    JsonObject o = new JsonObject();
    o.put("articles", s.articles());
    o.put("gold", s.gold());
    o.put("system", s.system());
    o.put("participants_tp", s.participantsTp());
    o.put("dated_tp", s.datedTp());
    o.put("full_tp", s.fullTp());
    o.put("full_P", JsonNumber.value(s.p(s.fullTp())));
    o.put("full_R", JsonNumber.value(s.r(s.fullTp())));
    o.put("full_F1", JsonNumber.value(s.f1(s.fullTp())));
    o.put("participants_P", JsonNumber.value(s.p(s.participantsTp())));
    o.put("participants_R", JsonNumber.value(s.r(s.participantsTp())));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream os = Files.newOutputStream(file)) {
        JSON.write(os, o);
      }
    } catch (IOException e) {
      throw new EvalException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static void writeErrors(Path file, List<GoldMeeting> gold, List<SystemMeeting> system) {
    StringBuilder sb = new StringBuilder("kind\tarticle\tparticipants\tdate\tstatus\n");
    for (GoldMeeting g : gold) {
      boolean found =
          system.stream()
              .anyMatch(s -> s.article().equals(g.article()) && MeetingScorer.full(g, s));
      if (!found) {
        sb.append("missed\t")
            .append(g.article())
            .append('\t')
            .append(String.join("; ", g.participants()));
        sb.append('\t').append(g.date().map(Object::toString).orElse("")).append('\t');
        sb.append(g.held() ? "held" : "planned").append('\n');
      }
    }
    for (SystemMeeting s : system) {
      boolean found =
          gold.stream().anyMatch(g -> g.article().equals(s.article()) && MeetingScorer.full(g, s));
      if (!found) {
        sb.append("spurious\t").append(s.article()).append('\t');
        sb.append(
            String.join("; ", s.participants().stream().map(n -> n.iterator().next()).toList()));
        sb.append('\t').append(s.date().map(Object::toString).orElse("")).append('\t');
        sb.append(s.held() ? "held" : "planned").append('\n');
      }
    }
    StatementEval.write(file, sb.toString());
  }
}
