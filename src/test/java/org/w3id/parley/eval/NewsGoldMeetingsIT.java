package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.app.IngestListener;

/**
 * {@code parley eval meetings --gold news-gold.jsonl} scores with news-gold's score.py rules:
 * participants matched as sets (a person by surname, ORG: by its first two content words or
 * initials, ISO: by country code), precision over all meetings found, and each miss written out.
 */
class NewsGoldMeetingsIT {
  @TempDir Path out;

  @Test
  void scoresAnArticleThroughTheStoreAndWritesItsMisses() throws Exception {
    NewsGold gold =
        NewsGold.load(
            Path.of("src/test/resources/news-gold-meetings/eval/news-gold/gold.jsonl"),
            Optional.empty());
    NewsGoldScorer.Result r = new MeetingEval(out).runNewsGold(gold, IngestListener.NONE);
    assertEquals(2, r.gold());
    assertEquals(1, r.system(), r.report().toString());
    assertEquals(1, r.matched(), r.report().toString());
    assertEquals(1, r.statusRight());
    assertEquals(1.0, r.precision());
    assertEquals(0.5, r.recall());
    assertTrue(r.summary().startsWith("meetings: gold 2, system 1, matched 1; P 1.000 R 0.500"));
    String misses = Files.readString(out.resolve("meetings-misses.txt"));
    assertTrue(misses.contains("MISS") && misses.contains("Petroleum"), misses);
    assertFalse(misses.contains("FP "), misses);
    assertEquals(1, misses.lines().filter(l -> l.startsWith("HIT ")).count(), misses);
  }

  @Test
  void aTextWithoutADateLineIsPublishedOnTheGoldsDateAndEvidenceIsReadByOffsets() {
    Path dir = Path.of("src/test/resources/news-gold-meetings/polnear");
    NewsGold gold = NewsGold.load(dir.resolve("gold.jsonl"), Optional.of(dir));
    var read = gold.read();
    assertEquals(0, read.rejections().size(), read.rejections().toString());
    assertEquals(LocalDate.of(2016, 5, 4), read.articles().get(0).published());
    assertEquals(
        "President Barack Obama spoke by phone with Japanese Prime Minister Shinzo Abe on Tuesday,"
            + " the White House said.",
        gold.meetings().get(0).evidence());
    NewsGoldScorer.Result r = new MeetingEval(out).runNewsGold(gold, IngestListener.NONE);
    assertEquals(1, r.matched(), r.report().toString());
    assertEquals(1, r.modeRight(), r.report().toString());
  }

  @Test
  void participantsMatchAsScorePyMatchesThem() {
    assertTrue(NewsGoldScorer.matches("Sergey Lavrov", "Lavrov", ""));
    assertFalse(NewsGoldScorer.matches("Sergey Lavrov", "Sergey Ivanov", ""));
    assertTrue(NewsGoldScorer.matches("ISO:RU", "Russia", "RU"));
    assertFalse(NewsGoldScorer.matches("ISO:RU", "Russia", "UA"));
    assertTrue(NewsGoldScorer.matches("ORG:International Monetary Fund", "IMF", ""));
    assertTrue(NewsGoldScorer.matches("ORG:the World Bank", "World Bank", ""));
    assertFalse(NewsGoldScorer.matches("ORG:World Trade Organization", "World Bank", ""));
  }
}
