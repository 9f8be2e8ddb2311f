package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CoreNLP's animate-noun list as Parley reads it, from the real models jar. */
class AnimacyTest {
  private static Token token(String text, String pos) {
    return new Token(
        0, 0, text.length(), text, text.toLowerCase(java.util.Locale.ROOT), pos, "O", "");
  }

  @Test
  void commonNounsForPeopleAreAnimate() {
    assertTrue(Animacy.animate(token("customers", "NNS")));
    assertTrue(Animacy.animate(token("anyone", "NN")));
    assertFalse(Animacy.animate(token("notice", "NN")));
  }

  @Test
  void aCommonNounIsNotAnimateBecauseANameIsSpelledLikeIt() {
    // The list has "Chance", a first name: "the chance to speak" is still no person.
    assertFalse(Animacy.animate(token("chance", "NN")));
    assertTrue(Animacy.animate(token("Chance", "NNP")));
  }

  @Test
  void onlyNounsAreAnimate() {
    assertFalse(Animacy.animate(token("someone", "VB")));
  }
}
