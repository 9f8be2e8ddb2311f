package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.PersonRegistry;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.NlpPipeline;

/**
 * Quotes whose speaker no speech verb next to them names, on invented articles through the real
 * CoreNLP pipeline: the clause that introduces the quote, and the one speaker of the paragraph.
 */
class QuoteSpeakerIT {
  /** The label of the speaker of the direct quote that starts with {@code quote}, or "". */
  static String speakerOf(String text, String quote) {
    ArticleFacts facts = facts(text);
    Statement s =
        facts.statements().stream()
            .filter(st -> st.direct() && st.quote().startsWith(quote))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no direct statement '" + quote + "'"));
    return s.speaker()
        .flatMap(ref -> facts.entities().stream().filter(e -> e.ref().equals(ref)).findFirst())
        .map(Entity::label)
        .orElse("");
  }

  static ArticleFacts facts(String text) {
    Article a =
        new Article(
            "test", LocalDate.of(2020, 1, 7), Optional.empty(), Optional.empty(), text, "test");
    return new Extractor(Gazetteer.bundled())
        .extract(a, NlpPipeline.shared().annotate(text, a.published()), PersonRegistry.empty());
  }

  @Test
  void aColonHandsTheQuoteToTheClauseSubject() {
    String text =
        "Senator Maria Lopez opposed the harbour plan on Monday: “This bill will ruin the"
            + " harbour and everyone who works there.”";
    assertEquals("Maria Lopez", speakerOf(text, "This bill will ruin"));
  }

  @Test
  void aCommaAfterAnInterruptedClauseHandsTheQuoteToItsSubject() {
    String text =
        "Tom Baker, also on Twitter, defended the decision, “We had no other choice and we would"
            + " do it again tomorrow.”";
    assertEquals("Tom Baker", speakerOf(text, "We had no other choice"));
  }

  @Test
  void aClauseWithoutAPersonAttributesNothing() {
    String text =
        "It was a long night in the harbour town: “Nobody slept and nobody wanted to go home"
            + " before the boats came back.”";
    assertEquals("", speakerOf(text, "Nobody slept"));
  }

  @Test
  void aPronounSubjectResolvesToAWomanWhoseSurnameIsAMansFirstName() {
    String text =
        "Hillary Clinton spoke in Ohio on Monday. Clinton said the race was close.\n\n"
            + "She then addressed the crowd again: “Here is what I regret. I regret that they"
            + " do not want to listen.”";
    assertEquals("Hillary Clinton", speakerOf(text, "Here is what I regret"));
  }

  @Test
  void aQuoteWithoutAttributionTakesTheOneSpeakerOfItsParagraphOrTheOneBefore() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June.\n\n"
            + "The council met on Monday to approve the money. “It is the best news this town has"
            + " had in years.”";
    assertEquals("Anna Berg", speakerOf(text, "It is the best news"));
  }

  @Test
  void twoSpeakersInTheParagraphLeaveTheQuoteUnattributed() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June. Tom Baker said the"
            + " price was too high.\n\n"
            + "The council met on Monday to approve the money. “It is the best news this town has"
            + " had in years.”";
    assertEquals("", speakerOf(text, "It is the best news"));
  }

  @Test
  void aSpeakerTwoParagraphsBackIsTooFar() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June.\n\n"
            + "The boats were built in Norway last year.\n\n"
            + "The council met on Monday to approve the money. “It is the best news this town has"
            + " had in years.”";
    assertEquals("", speakerOf(text, "It is the best news"));
  }

  @Test
  void aParticipleHungOnANounSpeaksForTheMainSubject() {
    String text =
        "Mehmet Yilmaz, the head of the chess federation, explained the decision to ban the"
            + " players saying, “As a first step, these two will be denied entry to all"
            + " tournaments.”";
    List<String> speakers =
        facts(text).statements().stream()
            .map(s -> s.speaker().map(r -> r.key()).orElse(""))
            .collect(Collectors.toList());
    assertTrue(speakers.contains("mehmet-yilmaz"), speakers.toString());
  }
}
