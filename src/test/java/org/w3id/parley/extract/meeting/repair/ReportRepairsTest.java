package org.w3id.parley.extract.meeting.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.extract.meeting.repair.TestParses.tokens;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/** The repairs of what is told and reported, on parses as CoreNLP gave them for news sentences. */
class ReportRepairsTest {
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
    List<Dependency> mended = ReportRepairs.reportTakenForSubject(s, s.dependencies());
    assertTrue(mended.contains(new Dependency(10, 5, "nsubj")), mended::toString);
    assertTrue(mended.contains(new Dependency(4, 10, "ccomp")), mended::toString);
    assertTrue(mended.contains(new Dependency(-1, 4, "root")), mended::toString);
    assertFalse(mended.contains(new Dependency(10, 4, "csubj")), mended::toString);
  }

  @Test
  void aGatheringToldIsTakenBackFromTheNounItWasReadAsModifying() {
    // Chairman Armin Dassler told the annual meeting turnover was expected to fall .
    List<Token> t =
        new ArrayList<>(
            tokens(
                "Chairman/NNP/O",
                "Armin/NNP/PERSON",
                "Dassler/NNP/PERSON",
                "told/VBD/O",
                "the/DT/O",
                "annual/JJ/O",
                "meeting/NN/O",
                "turnover/NN/O",
                "was/VBD/O",
                "expected/VBN/O",
                "to/TO/O",
                "fall/VB/O",
                "././O"));
    Token told = t.get(3);
    t.set(3, new Token(3, told.begin(), told.end(), "told", "tell", "VBD", "O", ""));
    List<Dependency> parse =
        List.of(
            new Dependency(-1, 3, "root"),
            new Dependency(2, 0, "compound"),
            new Dependency(2, 1, "compound"),
            new Dependency(3, 2, "nsubj"),
            new Dependency(3, 7, "obj"),
            new Dependency(3, 9, "xcomp"),
            new Dependency(3, 12, "punct"),
            new Dependency(7, 4, "det"),
            new Dependency(7, 5, "amod"),
            new Dependency(7, 6, "compound"),
            new Dependency(9, 8, "aux:pass"),
            new Dependency(9, 11, "xcomp"),
            new Dependency(11, 10, "mark"));
    Sentence s = new Sentence(0, t, parse);
    List<Dependency> mended = ReportRepairs.gatheringTakenForModifier(s, parse);
    assertTrue(mended.contains(new Dependency(3, 6, "obj")), mended::toString);
    assertTrue(mended.contains(new Dependency(6, 4, "det")), mended::toString);
    assertTrue(mended.contains(new Dependency(6, 5, "amod")), mended::toString);
    assertTrue(mended.contains(new Dependency(3, 9, "ccomp")), mended::toString);
    assertTrue(mended.contains(new Dependency(9, 7, "nsubj:pass")), mended::toString);
    assertFalse(mended.contains(new Dependency(7, 6, "compound")), mended::toString);

    // "told the press meeting reporters": no clause told, nothing mended
    List<Dependency> noClause = parse.stream().filter(e -> !e.relation().equals("xcomp")).toList();
    assertTrue(ReportRepairs.gatheringTakenForModifier(s, noClause) == noClause);
  }
}
