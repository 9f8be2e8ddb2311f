package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime is given: those with a word its rules build a time from. */
class TimeCuesTest {
  private static CoreMap sentence(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      tokens.add(t);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  @Test
  void timeWordsNumbersAndWordsSutimeDropsLaterAreCues() {
    for (String s :
        List.of(
            "They met on Wednesday .",
            "Prices may rise .",
            "Shares rose 3 pct .",
            "A three-month truce .",
            "Sales were weak at Thanksgiving .",
            "At the time , it was late .",
            "He meets voters twice a year .",
            "Output rose semiannually .")) {
      assertTrue(TimeCues.in(sentence(s)), s);
    }
  }

  @Test
  void aSentenceWithoutOneIsNotACue() {
    assertFalse(TimeCues.in(sentence("The board approved the plan , the company said .")));
    assertFalse(TimeCues.in(sentence("Lavrov met Aliyev in Baku .")));
  }
}
