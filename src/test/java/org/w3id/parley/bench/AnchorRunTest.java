package org.w3id.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnchorRunTest {
  @Test
  void ratesAreCountsOverWallSeconds() {
    AnchorRun run = new AnchorRun(3, 990, 2_000_000_000L);
    assertEquals(2.0, run.seconds(), 1e-9);
    assertEquals(1.5, run.articlesPerSecond(), 1e-9);
    assertEquals(495.0, run.tokensPerSecond(), 1e-9);
  }

  @Test
  void aRunWithoutArticlesOrTimeIsRefused() {
    assertEquals(
        "articles < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> new AnchorRun(0, 0, 1)).getMessage());
    assertEquals(
        "nanos < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> new AnchorRun(1, 5, 0)).getMessage());
  }
}
