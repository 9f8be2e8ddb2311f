package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.place.Gazetteer;

/** news-gold's statements as gold relations, on an invented two-article news-gold file. */
class NewsGoldStatementsTest {
  private static final Path GOLD =
      Path.of("src/test/resources/news-gold-statements/eval/news-gold/gold.jsonl");

  private static List<GoldArticle> gold() {
    NewsGold g = NewsGold.load(GOLD, Optional.empty());
    return NewsGoldStatements.gold(g, g.read(g.withStatements()), Gazetteer.bundled());
  }

  @Test
  void onlyArticlesWithAnnotatedStatementsAreGold() {
    NewsGold g = NewsGold.load(GOLD, Optional.empty());
    assertEquals(2, g.articles().size());
    assertEquals(1, g.withStatements().size());
    assertEquals(1, gold().size());
  }

  @Test
  void offsetsMoveFromTheFileToTheArticleText() {
    GoldArticle a = gold().get(0);
    assertEquals(4, a.relations().size());
    GoldRelation first = a.relations().get(0);
    assertEquals(
        "This line will connect the islands to the mainland within a year",
        first.content().toJavaSubstring(a.text()));
    assertTrue(first.direct());
    assertEquals("Anna Berg", first.sourceText());
    GoldRelation interrupted = a.relations().get(2);
    String both = interrupted.content().toJavaSubstring(a.text());
    assertTrue(both.startsWith("We waited for this"), both);
    assertTrue(
        both.endsWith("every day."), "from the first part to the end of the second: " + both);
    assertFalse(a.relations().get(1).direct());
  }

  @Test
  void anUnnamedSourceWantsSpeakerWordsThatAreNoEntity() {
    GoldRelation unnamed = gold().get(0).relations().get(3);
    assertTrue(unnamed.unnamedSource());
    SystemStatement officials =
        new SystemStatement("a", unnamed.content(), Optional.empty(), "Officials", "");
    SystemStatement named =
        new SystemStatement("a", unnamed.content(), Optional.empty(), "Berg", "Anna Berg");
    assertTrue(StatementScorer.speakerMatches(officials, unnamed));
    assertFalse(StatementScorer.speakerMatches(named, unnamed));
  }

  @Test
  void organisationsAnswerToTheirInitialsAndCountriesToTheirNames() {
    String riaa =
        NewsGoldStatements.speakerWords(
            "ORG:Recording Industry Association of America", Gazetteer.bundled());
    assertTrue(StatementScorer.words(riaa).contains("riaa"), riaa);
    assertTrue(
        StatementScorer.words(NewsGoldStatements.speakerWords("ISO:RU", Gazetteer.bundled()))
            .contains("russia"));
  }
}
