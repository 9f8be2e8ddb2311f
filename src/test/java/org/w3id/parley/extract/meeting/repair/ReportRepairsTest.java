package org.w3id.parley.extract.meeting.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.extract.meeting.repair.TestParses.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;

/** The clause repairs on parses as CoreNLP gave them for news sentences. */
class ClauseRepairsTest {
  @Test
  void aReportingClauseTakenForTheSubjectGivesBackTheWholeNounPhrase() {
    // A spokesman for Lopez said officials of the Ministry would hold talks with U.S. officials .
    Sentence s =
        new Sentence(
            0,
            tokens(
                "A/DT/O",
                "spokesman/NN/O",
                "for/IN/O",
                "Lopez/NNP/PERSON",
                "said/VBD/O",
                "officials/NNS/O",
                "of/IN/O",
                "the/DT/O",
                "Ministry/NNP/ORGANIZATION",
                "would/MD/O",
                "hold/VB/O",
                "talks/NNS/O",
                "with/IN/O",
                "U.S./NNP/LOCATION",
                "officials/NNS/O",
                "././O"),
            List.of(
                new Dependency(-1, 10, "root"),
                new Dependency(1, 0, "det"),
                new Dependency(1, 3, "nmod:for"),
                new Dependency(3, 2, "case"),
                new Dependency(4, 1, "nsubj"),
                new Dependency(4, 5, "obj"),
                new Dependency(5, 8, "nmod:of"),
                new Dependency(8, 6, "case"),
                new Dependency(8, 7, "det"),
                new Dependency(10, 4, "csubj"),
                new Dependency(10, 9, "aux"),
                new Dependency(10, 11, "obj"),
                new Dependency(11, 14, "nmod:with"),
                new Dependency(14, 12, "case"),
                new Dependency(14, 13, "compound"),
                new Dependency(10, 15, "punct")));
    List<Dependency> mended = ClauseRepairs.reportTakenForSubject(s, s.dependencies());
    assertTrue(mended.contains(new Dependency(10, 5, "nsubj")), mended::toString);
    assertTrue(mended.contains(new Dependency(4, 10, "ccomp")), mended::toString);
    assertTrue(mended.contains(new Dependency(-1, 4, "root")), mended::toString);
    assertFalse(mended.contains(new Dependency(10, 4, "csubj")), mended::toString);
  }
}
