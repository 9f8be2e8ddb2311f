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
  private static Statement about(ArticleFacts facts, String content) {
    return facts.statements().stream()
        .filter(s -> s.quote().startsWith(content))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no statement '"
                        + content
                        + "' in "
                        + facts.statements().stream().map(Statement::quote).toList()));
  }

  private static String words(String text, Statement s) {
    return s.speakerMention().map(m -> m.span().of(text)).orElse("");
  }

  @Test
  void aSentenceOpenedByAccordingToIsWhatItsSourceSays() {
    String text =
        "According to the officer in charge of the harbour that night, the story in the film is"
            + " entirely untrue.";
    Statement s = about(QuoteSpeakerIT.facts(text), "the story in the film");
    assertTrue(words(text, s).contains("the officer"), words(text, s));
  }

  @Test
  void aSentenceClosedByAccordingToIsWhatItsSourceSays() {
    String text =
        "Nearly one third of the fishermen in Westport do not have a pension, according to the"
            + " Westport Harbour Authority.";
    Statement s = about(QuoteSpeakerIT.facts(text), "Nearly one third of the fishermen");
    assertEquals("Westport Harbour Authority", words(text, s).replaceFirst("^the ", ""));
  }

  @Test
  void aTranscriptSpeakerKeepsOneSentenceAndTheGraphPassesTheShapes() {
    String text =
        "Mayor Anna Berg spoke to the council on Monday.\n\n"
            + "BERG: We will build the ferry line. It will run every day of the year.\n\n"
            + "Berg later left for the harbour.";
    ArticleFacts facts = QuoteSpeakerIT.facts(text);
    assertEquals(
        List.of(),
        ShapesCheck.bundled()
            .problems(new FactsToRdf(Gazetteer.bundled()).toModel(facts, "test", "test")));
  }

  @Test
  void aVerbTheLearnedModelKnowsReportsWhatItsSubjectSaid() {
    String text = "Mayor Anna Berg praised the new ferry timetable on Monday.";
    Statement s = about(QuoteSpeakerIT.facts(text), "the new ferry timetable");
    assertEquals("Anna Berg", words(text, s).replaceFirst("^Mayor ", ""));
    assertTrue(!s.direct());
  }

  @Test
  void aVerbTheLearnedModelDoesNotKnowReportsNothing() {
    String text = "Mayor Anna Berg bought a new ferry ticket on Monday.";
    assertEquals(List.of(), QuoteSpeakerIT.facts(text).statements());
  }
}
