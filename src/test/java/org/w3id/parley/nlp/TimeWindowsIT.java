package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stretches of a tagged sentence SUTime is given instead of the whole sentence. */
class TimeWindowsIT {
  private static final String TEXT =
      "Officials from both ministries, who had spent most of the spring negotiating the terms of a"
          + " new agreement on fishing quotas in the disputed waters, said the talks would resume"
          + " between 9 a.m. and noon on Tuesday, March 3.";

  private static CoreMap sentence(String text) {
    List<CoreMap> sentences = NlpPipeline.shared().tagged(text);
    assertEquals(1, sentences.size(), text);
    return sentences.get(0);
  }

  private static String text(TimeWindows.Stretch stretch) {
    return stretch.sentence().get(CoreAnnotations.TextAnnotation.class);
  }

  @Test
  void eachCueWithItsMarginAndCuesCloseTogetherInOneStretch() {
    List<TimeWindows.Stretch> stretches = new TimeWindows(Sutime.MARGIN).of(sentence(TEXT));
    assertEquals(
        List.of(
            "who had spent most of the spring negotiating the terms of a new",
            "said the talks would resume between 9 a.m. and noon on Tuesday, March 3."),
        stretches.stream().map(TimeWindowsIT::text).toList());
  }

  @Test
  void aStretchKeepsTheArticlesOffsetsOnCopiesOfTheTokens() {
    String text = "Ahead of the vote. " + TEXT;
    CoreMap sentence = NlpPipeline.shared().tagged(text).get(1);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    CoreMap last = new TimeWindows(Sutime.MARGIN).of(sentence).get(1).sentence();
    int begin = last.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = last.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    assertEquals(text.indexOf("said the talks"), begin);
    assertEquals(text.length(), end);
    assertEquals(text.substring(begin, end), last.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> part = last.get(CoreAnnotations.TokensAnnotation.class);
    int said = 0;
    while (!tokens.get(said).word().equals("said")) {
      said++;
    }
    assertEquals(tokens.subList(said, tokens.size()), part, "the same tokens");
    assertNotSame(tokens.get(said), part.get(0), "copies: SUTime writes into the tokens it reads");
    assertEquals(
        sentence.get(CoreAnnotations.TokenBeginAnnotation.class) + said,
        last.get(CoreAnnotations.TokenBeginAnnotation.class));
  }

  @Test
  void aTimeHoldsOnlyAwayFromACut() {
    TimeWindows.Stretch last = new TimeWindows(Sutime.MARGIN).of(sentence(TEXT)).get(1);
    int noon = TEXT.indexOf("noon on Tuesday");
    assertTrue(last.holds(noon, TEXT.length()), "the stretch ends where the sentence does");
    assertTrue(last.holds(TEXT.indexOf("would resume"), noon), "'said the talks' before it");
    assertFalse(last.holds(TEXT.indexOf("talks would"), noon), "two tokens: too near the cut");
    TimeWindows.Stretch first = new TimeWindows(Sutime.MARGIN).of(sentence(TEXT)).get(0);
    int spring = TEXT.indexOf("spring");
    assertTrue(first.holds(spring, spring + 6));
    assertFalse(first.holds(spring, TEXT.indexOf(" a new")), "only 'a new' after it");
  }

  @Test
  void theSentenceItselfWhenOneStretchHoldsItAllAndNoneWithoutACue() {
    CoreMap brief = sentence("Lavrov met Aliyev in Baku on Tuesday.");
    List<TimeWindows.Stretch> all = new TimeWindows(Sutime.MARGIN).of(brief);
    assertEquals(1, all.size());
    assertSame(brief, all.get(0).sentence());
    assertTrue(all.get(0).holds(0, Integer.MAX_VALUE));
    assertEquals(
        List.of(), new TimeWindows(Sutime.MARGIN).of(sentence("Lavrov met Aliyev in Baku.")));
  }
}
