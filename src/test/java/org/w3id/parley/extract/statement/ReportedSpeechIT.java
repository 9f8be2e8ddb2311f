package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.rdf.FactsToRdf;
import org.w3id.parley.rdf.ShapesCheck;

/** Reported speech on invented articles through the real CoreNLP pipeline. */
class ReportedSpeechIT {
  @Test
  void aSentenceOpenedByAccordingToIsWhatItsSourceSays() {
    String text =
        "According to the officer in charge of the harbour that night, the story in the film is"
            + " entirely untrue.";
    String words = new Extracted(text).speakerWords("the story in the film");
    assertTrue(words.contains("the officer"), words);
  }

  @Test
  void aSentenceClosedByAccordingToIsWhatItsSourceSays() {
    String text =
        "Nearly one third of the fishermen in Westport do not have a pension, according to the"
            + " Westport Harbour Authority.";
    assertEquals(
        "Westport Harbour Authority",
        new Extracted(text)
            .speakerWords("Nearly one third of the fishermen")
            .replaceFirst("^the ", ""));
  }

  @Test
  void aTranscriptSpeakerKeepsOneSentenceAndTheGraphPassesTheShapes() {
    String text =
        "Mayor Anna Berg spoke to the council on Monday.\n\n"
            + "BERG: We will build the ferry line. It will run every day of the year.\n\n"
            + "Berg later left for the harbour.";
    ArticleFacts facts = new Extracted(text).facts;
    assertEquals(
        List.of(),
        ShapesCheck.bundled()
            .problems(new FactsToRdf(Gazetteer.bundled()).toModel(facts, "test", "test")));
  }

  @Test
  void aVerbTheLearnedModelKnowsReportsWhatItsSubjectSaid() {
    String text = "Mayor Anna Berg praised the new ferry timetable on Monday.";
    Extracted e = new Extracted(text);
    assertEquals(
        "Anna Berg", e.speakerWords("the new ferry timetable").replaceFirst("^Mayor ", ""));
    assertTrue(!e.statement("the new ferry timetable").direct());
  }

  @Test
  void aVerbTheLearnedModelDoesNotKnowReportsNothing() {
    String text = "Mayor Anna Berg bought a new ferry ticket on Monday.";
    assertEquals(List.of(), new Extracted(text).facts.statements());
  }
}
