package org.w3id.parley.extract.meeting.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.extract.meeting.repair.TestParses.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * The reference repairs on parses as CoreNLP gave them for news sentences whose misparse depends on
 * the whole sentence, so that an invented sentence through the pipeline would not reproduce it.
 */
class ReferenceRepairsTest {
  // Clinton , who was speaking to Mayors , did not mention Trump , but told leaders .
  private static final List<Token> CLINTON =
      tokens(
          "Clinton/NNP/PERSON",
          ",/,/O",
          "who/WP/O",
          "was/VBD/O",
          "speaking/VBG/O",
          "to/IN/O",
          "Mayors/NNPS/ORGANIZATION",
          ",/,/O",
          "did/VBD/O",
          "not/RB/O",
          "mention/VB/O",
          "Trump/NNP/PERSON",
          ",/,/O",
          "but/CC/O",
          "told/VBD/O",
          "leaders/NNS/O",
          "././O");

  /** The parse CoreNLP gave: "who" with no antecedent, its clauses hung on the name bare. */
  private static List<Dependency> clintonParse() {
    return List.of(
        new Dependency(-1, 0, "root"),
        new Dependency(0, 4, "dep"),
        new Dependency(0, 14, "dep"),
        new Dependency(4, 2, "nsubj"),
        new Dependency(4, 3, "aux"),
        new Dependency(4, 6, "obl:to"),
        new Dependency(6, 5, "case"),
        new Dependency(4, 10, "dep"),
        new Dependency(4, 14, "conj:but"),
        new Dependency(14, 2, "nsubj"),
        new Dependency(14, 13, "cc"),
        new Dependency(14, 15, "obj"),
        new Dependency(10, 11, "obj"));
  }

  @Test
  void whoWithNoAntecedentRightAfterANameIsThatName() {
    List<Dependency> mended =
        ReferenceRepairs.relativeTakenForSubject(
            new Sentence(0, CLINTON, clintonParse()), clintonParse());
    assertTrue(mended.contains(new Dependency(4, 0, "nsubj")), mended::toString);
    assertTrue(mended.contains(new Dependency(14, 0, "nsubj")), mended::toString);
    assertFalse(mended.contains(new Dependency(4, 2, "nsubj")), mended::toString);
  }

  @Test
  void whoAfterANameThatIsNoPersonIsLeftAlone() {
    List<Token> thing = new ArrayList<>(CLINTON);
    thing.set(0, new Token(0, 0, 7, "Chevron", "chevron", "NNP", "ORGANIZATION", ""));
    List<Dependency> edges = clintonParse();
    assertSame(
        edges, ReferenceRepairs.relativeTakenForSubject(new Sentence(0, thing, edges), edges));
  }
}
