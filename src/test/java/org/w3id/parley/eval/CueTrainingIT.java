package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting-verb model learns from an invented PolNeAR-style split (src/test/resources/
 * polnear-cues), through the real CoreNLP pipeline: "praised" is annotated as a cue four times,
 * "bought" never.
 */
class CueTrainingIT {
  private static final Path SPLIT = Path.of("src/test/resources/polnear-cues");

  @TempDir Path dir;

  @Test
  void annotatedCuesGetPositiveWeightsAndOtherVerbsNegative() {
    CueTraining.Result r = new CueTraining().train(SPLIT, Optional.empty());
    assertEquals(4, r.positives(), "the four annotated 'praised' are the positives");
    assertTrue(r.examples() >= 8, "every verb with an object is an example: " + r.examples());
    assertTrue(r.weights().get("l=praise") > 0, r.weights().toString());
    assertTrue(r.weights().get("l=buy") < 0, r.weights().toString());
  }

  @Test
  void trainingTwiceGivesTheSameWeightsAndTheFileSaysHowTheyWereMade() throws Exception {
    CueTraining.Result a = new CueTraining().train(SPLIT, Optional.empty());
    CueTraining.Result b = new CueTraining().train(SPLIT, Optional.empty());
    assertEquals(a.weights(), b.weights());
    Path file = dir.resolve("cue-weights.tsv");
    CueTraining.write(file, a, "parley eval train-cues --gold polnear-cues");
    String written = Files.readString(file);
    assertTrue(written.contains("# Trained by: parley eval train-cues --gold polnear-cues"));
    assertTrue(written.lines().anyMatch(l -> l.startsWith("l=praise\t")), written);
  }
}
