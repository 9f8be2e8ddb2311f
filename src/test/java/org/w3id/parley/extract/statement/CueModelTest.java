package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
