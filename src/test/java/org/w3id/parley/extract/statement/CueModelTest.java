package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.parley.nlp.Token;

class CueModelTest {
  private static CueModel.Candidate candidate(String... features) {
    return new CueModel.Candidate(0, List.of(1, 2), List.of(features));
  }

  @Test
  void theProbabilityIsTheLogisticOfTheSummedWeights() {
    CueModel m = new CueModel(Map.of("bias", -1.0, "l=praise", 3.0, "s=person", 0.5));
    assertEquals(1 / (1 + Math.exp(-2.5)), m.probability(candidate("l=praise", "s=person")), 1e-12);
    assertTrue(m.accepts(candidate("l=praise")));
    assertFalse(m.accepts(candidate("l=buy")), "an unknown feature weighs nothing");
  }

  @Test
  void anUntrainedModelAcceptsNothing() {
    assertEquals(0.0, new CueModel(Map.of()).probability(candidate("l=praise")));
  }

  @Test
  void theBundledModelWasTrained() {
    assertTrue(CueModel.bundled().probability(candidate("l=praise", "s=person")) > 0.5);
  }

  private static Token token(String word, String tag, String ner) {
    return new Token(
        0, 0, word.length(), word, word.toLowerCase(java.util.Locale.ROOT), tag, ner, "");
  }

  @Test
  void aVerbMayBeAcceptedWhenSomeComplementAndSubjectOfItsSentenceReachTheThreshold() {
    CueModel m =
        new CueModel(
            Map.ofEntries(
                Map.entry("bias", -1.0),
                Map.entry("l=praise", 0.4),
                Map.entry("l=praise|r=ccomp", 0.4),
                Map.entry("s=person", 0.3),
                Map.entry("s=none", -0.5),
                Map.entry("s=passive", -0.5),
                Map.entry("s=noun", -0.5),
                Map.entry("s=name", -0.5),
                Map.entry("s=pronoun", -0.5),
                Map.entry("l=buy", -2.0),
                Map.entry("p=VBD", 0.2),
                Map.entry("p=VB", -0.5)));
    Token praised = token("praise", "VBD", "O");
    Token berg = token("Berg", "NNP", "PERSON");
    Token plan = token("plan", "NN", "O");
    assertTrue(m.mayAccept(praised, List.of(berg, praised, plan)), "-1 + .4 + .4 + .3 + .2 >= 0");
    assertFalse(
        m.mayAccept(praised, List.of(plan, praised, plan)), "no person who could be its subject");
    Token praise = token("praise", "VB", "O");
    assertFalse(m.mayAccept(praise, List.of(berg, praise)), "the base form weighs .5 less");
    Token bought = token("buy", "VBD", "O");
    assertFalse(m.mayAccept(bought, List.of(berg, bought)), "a lemma the model weighs down");
    Token noun = token("praise", "NN", "O");
    assertFalse(m.mayAccept(noun, List.of(berg, noun)), "not a verb");
    Token said = token("say", "VBD", "O");
    assertFalse(m.mayAccept(said, List.of(berg, said)), "a speech verb is a cue of its own");
    assertFalse(new CueModel(Map.of()).mayAccept(praised, List.of(berg, praised)), "untrained");
  }

  @Test
  void aVerbTheBundledModelAcceptsIsOneItMayAccept() {
    Token praised = token("praise", "VBD", "O");
    assertTrue(
        CueModel.bundled().mayAccept(praised, List.of(token("Berg", "NNP", "PERSON"), praised)));
  }
}
