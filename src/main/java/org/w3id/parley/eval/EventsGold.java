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
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.parley.ingest.Article;

/**
 * Meeting gold from the RAMS 1.0 and WikiEvents dev splits: every contact event of a "meet" type,
 * with its participant arguments, in a document rebuilt from the corpus tokens. These corpora give
 * no publication date and their participants are often pronouns, so they are scored on participants
 * only. Read from outside the repository.
 *
 * <pre>{@code
 * EventsGold g = EventsGold.load(Path.of("../shared/eval/events"));
 * }</pre>
 *
 * @param articles the documents that hold a meet event
 * @param meetings one per meet event
 */
public record EventsGold(List<Article> articles, List<GoldMeeting> meetings) {
  private static final LocalDate UNKNOWN = LocalDate.of(2016, 1, 1);

  public EventsGold {
    articles = List.copyOf(articles);
    meetings = List.copyOf(meetings);
  }

  public static EventsGold load(Path dir) {
    List<Article> articles = new ArrayList<>();
    List<GoldMeeting> meetings = new ArrayList<>();
    rams(dir.resolve("rams/dev.jsonlines"), articles, meetings);
    wikiEvents(dir.resolve("wikievents/dev.jsonl"), articles, meetings);
    return new EventsGold(articles, meetings);
  }

  private static void rams(Path file, List<Article> articles, List<GoldMeeting> meetings) {
    for (JsonObject o : lines(file)) {
      List<String> tokens = new ArrayList<>();
      o.get("sentences")
          .getAsArray()
          .forEach(s -> s.getAsArray().forEach(t -> tokens.add(t.getAsString().value())));
      String id = Article.sanitizeId("rams-" + o.getString("doc_key"));
      List<String> participants = new ArrayList<>();
      boolean meet = false;
      for (JsonValue trig : o.get("evt_triggers").getAsArray()) {
        String type =
            trig.getAsArray().get(2).getAsArray().get(0).getAsArray().get(0).getAsString().value();
        meet |= type.endsWith(".meet");
      }
      if (!meet) {
        continue;
      }
      for (JsonValue link : o.get("gold_evt_links").getAsArray()) {
        JsonArray l = link.getAsArray();
        if (l.get(2).getAsString().value().endsWith("participant")) {
          JsonArray span = l.get(1).getAsArray();
          participants.add(
              String.join(
                  " ",
                  tokens.subList(
                      span.get(0).getAsNumber().value().intValue(),
                      span.get(1).getAsNumber().value().intValue() + 1)));
        }
      }
      add(id, String.join(" ", tokens), participants, file.toString(), articles, meetings);
    }
  }

  private static void wikiEvents(Path file, List<Article> articles, List<GoldMeeting> meetings) {
    for (JsonObject o : lines(file)) {
      Map<String, String> entities = new HashMap<>();
      o.get("entity_mentions")
          .getAsArray()
          .forEach(
              e ->
                  entities.put(e.getAsObject().getString("id"), e.getAsObject().getString("text")));
      String id = Article.sanitizeId("wikievents-" + o.getString("doc_id"));
      boolean added = false;
      for (JsonValue ev : o.get("event_mentions").getAsArray()) {
        JsonObject e = ev.getAsObject();
        if (!e.getString("event_type").endsWith(".Meet")) {
          continue;
        }
        List<String> participants = new ArrayList<>();
        e.get("arguments")
            .getAsArray()
            .forEach(
                a -> {
                  JsonObject arg = a.getAsObject();
                  if ("Participant".equals(arg.getString("role"))) {
                    participants.add(
                        entities.getOrDefault(arg.getString("entity_id"), arg.getString("text")));
                  }
                });
        if (participants.size() >= 2) {
          if (!added) {
            articles.add(article(id, o.getString("text"), file.toString()));
            added = true;
          }
          meetings.add(
              new GoldMeeting(
                  id,
                  participants,
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  e.get("trigger").getAsObject().getString("text")));
        }
      }
    }
  }

  private static void add(
      String id,
      String text,
      List<String> participants,
      String source,
      List<Article> articles,
      List<GoldMeeting> meetings) {
    if (participants.size() >= 2) {
      articles.add(article(id, text, source));
      meetings.add(new GoldMeeting(id, participants, Optional.empty(), Optional.empty(), true, ""));
    }
  }

  private static Article article(String id, String text, String source) {
    return new Article(id, UNKNOWN, Optional.empty(), Optional.empty(), text, source + " " + id);
  }

  private static List<JsonObject> lines(Path file) {
    List<JsonObject> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(JSON.parse(line));
        }
      }
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }
}
