package org.w3id.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.NlpPipeline;
import org.w3id.parley.nlp.ParseSelector;
import org.w3id.parley.nlp.Sentence;

/**
 * Ingest parses only the sentences a fact can come from; the facts are the ones a full parse gives,
 * including a "she" whose antecedent is the subject of a sentence that holds no fact.
 */
class FactSentencesIT {
  private static final LocalDate DAY = LocalDate.of(2021, 3, 12);
  private static final String TEXT =
      String.join(
          " ",
          "The harbour of Westport is the oldest on the coast.", // 0: nothing
          "Mayor Anna Berg opened a new ferry terminal on Monday.", // 1: the antecedent of "she"
          "She met Prime Minister Karl Olsen in Oslo on Tuesday.", // 2: a meeting, with "she"
          "Ferries will run every hour from April.", // 3: nothing
          "\"The terminal will bring jobs to the whole region,\" Olsen said.", // 4: a quote
          "Tickets cost ten crowns.", // 5: nothing
          "The council praised the plan on Wednesday."); // 6: a verb the cue model weighs

  @Test
  void factSentencesAndTheAntecedentOfTheirPronounsAreParsed() {
    AnnotatedText some = NlpPipeline.shared().annotate(TEXT, DAY, FactSentences.SELECTOR);
    List<Integer> parsed =
        some.sentences().stream()
            .filter(s -> !s.dependencies().isEmpty())
            .map(Sentence::index)
            .toList();
    assertEquals(List.of(1, 2, 4, 6), parsed);
  }

  @Test
  void theFactsAreThoseOfAFullParse() {
    Article a = new Article("t", DAY, Optional.empty(), Optional.empty(), TEXT, "t");
    Extractor x = new Extractor(Gazetteer.bundled());
    ArticleFacts some =
        x.extract(a, NlpPipeline.shared().annotate(TEXT, DAY, FactSentences.SELECTOR));
    ArticleFacts full = x.extract(a, NlpPipeline.shared().annotate(TEXT, DAY, ParseSelector.ALL));
    assertFalse(full.meetings().isEmpty(), "Berg met Olsen");
    assertEquals(full.meetings(), some.meetings());
    assertEquals(full.statements(), some.statements());
    assertEquals(full.entities(), some.entities());
  }
}
