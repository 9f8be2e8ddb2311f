package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline parses and times only the sentences a {@link ParseSelector} chooses, and what it
 * gives them is what a full run gives: the parse of a sentence does not depend on its neighbours.
 * That is also what makes a cached full analysis, cut down to the selection, stand for an uncached
 * selective run in evaluations.
 */
class SelectiveParseIT {
  private static final String TEXT =
      "The river rose on Monday. Lavrov met Aliyev in Baku on Tuesday. "
          + "Prices fell on Wednesday. He said talks went well on Thursday.";
  private static final LocalDate DAY = LocalDate.of(2019, 12, 6);

  /** The second and the fourth sentence. */
  private static final ParseSelector EVEN =
      (text, sentences) -> {
        BitSet chosen = new BitSet();
        for (Sentence s : sentences) {
          if (s.index() % 2 == 1) {
            chosen.set(s.index());
          }
        }
        return chosen;
      };

  @Test
  void onlyTheChosenSentencesAreParsedAndTimed() {
    AnnotatedText some = NlpPipeline.shared().annotate(TEXT, DAY, EVEN);
    assertEquals(4, some.sentences().size());
    for (Sentence s : some.sentences()) {
      assertEquals(s.index() % 2 == 1, !s.dependencies().isEmpty(), "sentence " + s.index());
    }
    List<String> days = some.times().stream().map(TimeExpression::value).toList();
    assertEquals(List.of("2019-12-03", "2019-12-05"), days, "Tuesday and Thursday only");
  }

  @Test
  void aChosenSentenceGetsWhatAFullRunGivesIt() {
    AnnotatedText full = NlpPipeline.shared().annotate(TEXT, DAY, ParseSelector.ALL);
    AnnotatedText some = NlpPipeline.shared().annotate(TEXT, DAY, EVEN);
    assertEquals(full.sentences().size(), some.sentences().size());
    for (int i = 0; i < full.sentences().size(); i++) {
      Sentence f = full.sentences().get(i);
      Sentence s = some.sentences().get(i);
      assertEquals(f.tokens(), s.tokens(), "tokens of sentence " + i);
      assertFalse(f.dependencies().isEmpty(), "full run parses sentence " + i);
      if (i % 2 == 1) {
        assertEquals(f.dependencies(), s.dependencies(), "parse of sentence " + i);
      }
    }
    assertEquals(NlpPipeline.restrict(full, EVEN), some, "a cut-down full analysis is the same");
  }
}
