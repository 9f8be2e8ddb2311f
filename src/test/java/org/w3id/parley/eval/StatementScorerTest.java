package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scorer on a small hand-made PolNeAR-style case (src/test/resources/polnear-mini). The
 * expected figures are those PolNeAR's reference scorer (score.py) prints for the same gold and
 * system.tsv: content P/R/F1 0.750, full P/R/F1 0.500, direct quotes content R 1.000 and full R
 * 0.000, 4 attributed and 1 unattributed statements.
 */
class StatementScorerTest {
  private static final Path MINI = Path.of("src/test/resources/polnear-mini");
  private static final double EPS = 1e-9;

  @Test
  void scoresTheMiniCaseExactlyAsTheReferenceScorer() {
    List<GoldArticle> gold = PolnearGold.load(MINI);
    StatementScore s =
        new StatementScorer().score(gold, SystemTsv.read(MINI.resolve("system.tsv")));
    assertEquals(1, s.articles());
    assertEquals(4, s.gold());
    assertEquals(1, s.goldDirect());
    assertEquals(4, s.system());
    assertEquals(1, s.unattributed());
    assertEquals(3, s.contentTp());
    assertEquals(2, s.fullTp());
    assertEquals(1, s.directContentTp());
    assertEquals(0, s.directFullTp());
    assertEquals(0.75, s.contentP(), EPS);
    assertEquals(0.75, s.contentF1(), EPS);
    assertEquals(0.5, s.fullP(), EPS);
    assertEquals(0.5, s.fullR(), EPS);
    assertEquals(2.0 / 3, s.speakerAccuracyGivenContent(), EPS);
    assertEquals(0.2, s.unattributedShare(), EPS);
  }

  @Test
  void onlyTheFirstAnnotatorsFileCounts() {
    GoldArticle a = PolnearGold.load(MINI).get(0);
    assertEquals(4, a.relations().size(), "E5 has no Source; a_x2.ann is a second annotator");
    GoldRelation discontinuous = a.relations().get(3);
    assertEquals("she", discontinuous.sourceText());
    assertTrue(
        discontinuous.content().length() > "This is progress".length(),
        "from first begin to last end");
  }

  @Test
  void speakerMatchesBySpanOrByTheLastWordOfTheName() {
    GoldRelation g =
        new GoldRelation(
            new CodePoints(10, 23), new CodePoints(30, 60), "Sergey Lavrov’s aide", "x");
    SystemStatement byWord =
        new SystemStatement(
            "a", new CodePoints(30, 60), Optional.empty(), "", "Foreign Minister Lavrov");
    SystemStatement bySpan =
        new SystemStatement(
            "a", new CodePoints(30, 60), Optional.of(new CodePoints(22, 25)), "he", "");
    SystemStatement wrong =
        new SystemStatement(
            "a", new CodePoints(30, 60), Optional.of(new CodePoints(0, 5)), "Aliyev", "");
    assertTrue(
        StatementScorer.speakerMatches(byWord, g),
        "'lavrov' is a word of \"Lavrov’s\", possessive dropped");
    assertTrue(
        StatementScorer.speakerMatches(
            new SystemStatement("a", new CodePoints(30, 60), Optional.empty(), "", "Mr. Aide"), g));
    assertTrue(StatementScorer.speakerMatches(bySpan, g));
    assertFalse(StatementScorer.speakerMatches(wrong, g));
  }

  @Test
  void possessivesAndCaseDoNotMatterInWords() {
    assertEquals(List.of("lavrov", "aide"), StatementScorer.words("LAVROV’s aide"));
  }

  @Test
  void javaOffsetsBecomeCodePointsAfterAnEmoji() {
    String text = "a🙂 Lavrov";
    int begin = text.indexOf("Lavrov");
    CodePoints cp = CodePoints.fromJava(text, begin, begin + 6);
    assertEquals(new CodePoints(3, 9), cp);
    int[] back = cp.toJava(text);
    assertEquals(begin, back[0]);
  }
}
