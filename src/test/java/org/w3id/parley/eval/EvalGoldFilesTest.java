package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The meeting golds kept in the repository are what their READMEs say: one news-gold line per
 * article, as many articles and meetings as counted there, statuses and modes from the guidelines,
 * and no article text (the evidence is offsets only), since the articles are not ours to copy.
 */
class EvalGoldFilesTest {
  private static final Set<String> STATUS = Set.of("held", "planned", "cancelled");
  private static final Set<String> MODE = Set.of("in_person", "call", "unknown");

  @ParameterizedTest
  @CsvSource({
    "eval/polnear-meetings/gold.jsonl, 120, 137",
    "eval/polnear-meetings/check.jsonl, 60, 78",
    "eval/polnear-meetings/fresh.jsonl, 80, 72",
    "eval/wikinews-meetings/gold.jsonl, 60, 18",
    "eval/fresh-news/gold.jsonl, 80, 109",
    "eval/fresh-news/gold2.jsonl, 40, 51",
    "eval/polnear-meetings/fresh2.jsonl, 40, 68",
    "eval/fresh-news/gold3.jsonl, 20, 40",
    "eval/polnear-meetings/fresh3.jsonl, 20, 41",
    "eval/fresh-news/gold4.jsonl, 20, 37",
    "eval/polnear-meetings/fresh4.jsonl, 20, 48",
    "eval/fresh-news/gold5.jsonl, 20, 25",
    "eval/polnear-meetings/fresh5.jsonl, 20, 62",
    "eval/fresh-news/gold6.jsonl, 20, 41",
    "eval/polnear-meetings/fresh6.jsonl, 20, 45",
    "eval/fresh-news/gold7.jsonl, 20, 37",
    "eval/polnear-meetings/fresh7.jsonl, 20, 48"
  })
  void aGoldHoldsTheArticlesAndMeetingsItsReadmeCounts(String file, int articles, int meetings)
      throws Exception {
    List<String> lines = Files.readAllLines(Path.of(file));
    assertEquals(articles, lines.size(), file);
    int found = 0;
    for (String line : lines) {
      JsonObject o = JSON.parse(line);
      String where = file + ": " + o.getString("file");
      assertTrue(o.getString("file").endsWith(".txt"), where);
      assertTrue(Set.of("text", "wikinews", "reuters21578").contains(o.getString("corpus")), where);
      LocalDate.parse(o.getString("published"));
      for (JsonValue v : o.get("meetings").getAsArray()) {
        JsonObject m = v.getAsObject();
        found++;
        assertFalse(m.hasKey("evidence"), where + ": keeps article text");
        assertTrue(
            m.get("begin").getAsNumber().value().intValue()
                < m.get("end").getAsNumber().value().intValue(),
            where);
        assertTrue(STATUS.contains(m.getString("status")), where);
        assertTrue(MODE.contains(m.getString("mode")), where);
        List<String> who =
            m.get("participants").getAsArray().stream().map(p -> p.getAsString().value()).toList();
        // one party only where it is a body or a country whose other side goes unnamed
        assertTrue(
            who.size() >= 2
                || who.size() == 1
                    && (who.get(0).startsWith("ORG:") || who.get(0).startsWith("ISO:")),
            where + ": " + who);
      }
    }
    assertEquals(meetings, found, file);
  }
}
