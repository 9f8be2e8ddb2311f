package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Quotes whose speaker no speech verb next to them names, on invented articles through the real
 * CoreNLP pipeline: the clause that introduces the quote, and the speaker who goes on.
 */
class QuoteSpeakerIT {
  /** The label of the speaker of the statement that starts with {@code quote}, or "". */
  private static String speakerOf(String text, String quote) {
    return new Extracted(text).speakerOf(quote);
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
  void aQuoteWithoutAttributionTakesTheOneSpeakerOfItsParagraph() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June. The council met on"
            + " Monday to approve the money. “It is the best news this town has had in years.”";
    assertEquals("Anna Berg", speakerOf(text, "It is the best news"));
  }

  @Test
  void aQuoteOpeningTheNextParagraphGoesOnWithTheLastSpeaker() {
    String text =
        "“The ferry will run every day from June,” Mayor Anna Berg said.\n\n"
            + "“It is the best news this town has had in years.”";
    assertEquals("Anna Berg", speakerOf(text, "It is the best news"));
  }

  @Test
  void twoSpeakersInTheParagraphLeaveTheQuoteUnattributed() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June. Tom Baker said the"
            + " price was too high. The council met on Monday to approve the money. “It is the"
            + " best news this town has had in years.”";
    assertEquals("", speakerOf(text, "It is the best news"));
  }

  @Test
  void theSpeakerOfTheParagraphBeforeDoesNotReachIntoTheMiddleOfTheNext() {
    String text =
        "Mayor Anna Berg said the new ferry would run every day from June.\n\n"
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
        new Extracted(text)
            .facts.statements().stream()
                .map(s -> s.speaker().map(r -> r.key()).orElse(""))
                .collect(Collectors.toList());
    assertTrue(speakers.contains("mehmet-yilmaz"), speakers.toString());
  }

  @Test
  void anUnnamedSourceAfterTheQuoteIsNamedByItsWords() {
    String text =
        "“The campaign should have spent more on ads than it did this summer,” said a Democratic"
            + " strategist who asked not to be named.";
    assertEquals(
        "a Democratic strategist",
        new Extracted(text).speakerWords("The campaign should"),
        "the words name the source even though it is no entity");
  }

  @Test
  void aCommaTheParserHangsOnTheQuoteStillIntroducesIt() {
    String text =
        "Tom Baker was asked about the harbour plan on Monday. He answered, “I have no idea what"
            + " they want from us.”";
    assertEquals("Tom Baker", speakerOf(text, "I have no idea"));
  }

  @Test
  void twoApostrophesQuoteLikeQuotationMarks() {
    String text =
        "''The ferry will run every day from June and nobody will wait,'' Mayor Anna Berg said.";
    assertEquals("Anna Berg", speakerOf(text, "The ferry will run"));
  }

  @Test
  void aParticipleWithWordsAfterItNeverReportsTheClauseItHangsOff() {
    String text =
        "At a meeting in Westport on Sunday, Anna Berg tried to explain her earlier statement,"
            + " saying that the council should play a larger role and ''be talking to every family"
            + " in town before the vote.''";
    List<String> said =
        new Extracted(text).facts.statements().stream().map(Statement::quote).toList();
    assertTrue(
        said.stream().noneMatch(q -> q.startsWith("At a meeting")),
        "the clause before “saying” is not what she said: " + said);
  }

  @Test
  void ofTwoSubjectsTheOneNextToTheVerbSpeaks() {
    String text =
        "Cruz, Morton Blackwell wrote “has consistently demonstrated his deep commitment to"
            + " conservative principles.”";
    assertEquals("Morton Blackwell", speakerOf(text, "has consistently"));
  }

  @Test
  void aSentenceOpenedBySaidNamesItsSpeakerNext() {
    String text =
        "Said Dorothy Poynter, who grew up with him in the neighborhood, “We were all so proud of"
            + " him.”";
    assertEquals("Dorothy Poynter", speakerOf(text, "We were all so proud"));
  }

  @Test
  void theFirstPersonAfterAnInvertedVerbSpeaks() {
    String text =
        "“This is just a scripted television show and we are all props,” said Virginia delegate"
            + " Beau Correll, angered that party leaders ignored the movement.";
    assertEquals("Beau Correll", speakerOf(text, "This is just a scripted"));
  }

  @Test
  void aNameAfterAParticipleIsWhatWasAddedNotWhoAddedIt() {
    // "adding that Sanders is …" names what was added; the one who said and added it speaks
    String text =
        "“He stands for the middle class,” Ann Lee said, adding that Tom Baker is “definitely the"
            + " most trustworthy of the candidates.”";
    assertEquals("Ann Lee", speakerOf(text, "definitely the most"));
  }

  @Test
  void aQuoteInsideAClauseBelongsToTheClauseSubject() {
    String text =
        "Mayor Anna Berg described the ferry plan as “the best thing that has happened to this"
            + " town in fifty years, and a gift to every family who lives here.”";
    assertEquals("Anna Berg", speakerOf(text, "the best thing"));
  }

  @Test
  void aQuoteInsideAPassiveClauseNamesNoSpeaker() {
    String text =
        "Tom Baker was described in the harbour as “the most dangerous man in town and a liar"
            + " who never pays his debts to anyone.”";
    assertTrue(
        new Extracted(text)
            .facts.statements().stream()
                .filter(s -> s.quote().startsWith("the most dangerous"))
                .allMatch(s -> s.speaker().isEmpty()),
        "whoever described him is not Tom Baker");
  }

  @Test
  void aScareQuoteUnderAVerbThatReportsNothingIsNoDirectQuote() {
    Extracted e = new Extracted("Tom Baker joined the “harbour boys” in 2010.");
    assertTrue(
        e.facts.statements().stream()
            .noneMatch(s -> s.direct() && s.quote().startsWith("harbour boys")),
        e.facts.statements().toString());
  }

  @Test
  void theNameBeforeAColonIntroducesAQuote() {
    String text =
        "Senator Maria Lopez (D-Calif.): “I have never heard anyone other than you cite that"
            + " figure. Who told you that?”";
    assertEquals("Maria Lopez", speakerOf(text, "I have never heard"));
  }

  @Test
  void aSpeechVerbWithAClauseOfItsOwnInTheNextSentenceIsNotTheQuotesAttribution() {
    String text =
        "Maria Lopez said the harbour must stay open. “We will never give up the harbour to"
            + " anyone.”  Tom Baker then explained he had served in the navy for ten years.";
    assertEquals("Maria Lopez", speakerOf(text, "We will never give up"));
  }

  @Test
  void anAccordingToPhraseBeforeAQuoteNamesItsSpeaker() {
    String text =
        "The bus overturned on the highway. According to eyewitness Vinnie DeVita, “within"
            + " fifteen seconds of it all, it exploded. I mean, just a ball of flames.”";
    assertEquals("Vinnie DeVita", speakerOf(text, "within fifteen seconds"));
  }

  @Test
  void aParticipleDescribingAPersonGivesThemTheQuote() {
    String text =
        "Republicans attacked the inquiry, with Senator Steve Scalise calling the investigation"
            + " “a blatant and obvious attempt to unseat a sitting president.”";
    assertEquals("Steve Scalise", speakerOf(text, "a blatant and obvious"));
  }

  @Test
  void addingAfterASpeechVerbSpeaksForThatVerbsSubject() {
    String text =
        "Paul Ryan and Donald Trump will meet next week, Sean Spicer said, adding, “They need to"
            + " sit down and have a good talk.”";
    assertEquals("Sean Spicer", speakerOf(text, "They need to sit down"));
  }

  @Test
  void anAsClauseBeforeAQuoteNamesItsSpeaker() {
    String text =
        "As Senator Maria Lopez put it on Monday, “the harbour plan is a gamble with the savings"
            + " of every family in town.”";
    assertEquals("Maria Lopez", speakerOf(text, "the harbour plan is a gamble"));
  }

  @Test
  void anUnnamedSubjectOfAReportingClauseIsNamedByItsWords() {
    String text =
        "A senior official praised the ferry plan as “the best thing that has happened to this"
            + " town in fifty years.”";
    assertEquals("A senior official", new Extracted(text).speakerWords("the best thing"));
  }

  @Test
  void aNameBeforeATitleSubjectTheParserLeftLooseSpeaks() {
    String text =
        "In the blog post Chris Wright, the Chief Technological Officer of Blue Fox said Blue Fox"
            + " had informed the board that Blue Fox was \"shifting our investment fully from the"
            + " old system to the new one\".";
    assertEquals("Chris Wright", speakerOf(text, "shifting our investment"));
  }

  @Test
  void whoComesAfterSayingIsWhatWasSaidNotWhoSaidIt() {
    String text =
        "Hillary Clinton, clearly frustrated, responded by pointing at the woman, saying “the"
            + " Sanders campaign has been lying about my donors for weeks now.”";
    assertEquals("Hillary Clinton", speakerOf(text, "the Sanders campaign"));
  }

  @Test
  void aQuoteAfterOtherWordsOfANewSentenceIsNotTheFirstQuotesSecondHalf() {
    Extracted e =
        new Extracted(
            "“The town can never be neutral when it comes to the harbour,” Maria Lopez told the"
                + " meeting. Candidates who think “the harbour does not matter are dangerously"
                + " wrong,” Tom Baker said.");
    assertEquals("Maria Lopez", e.speakerOf("The town can never be neutral"));
    assertEquals("Tom Baker", e.speakerOf("the harbour does not matter"));
  }

  @Test
  void aQuoteInterruptedByMisterSomebodyIsStillOneStatement() {
    Extracted e =
        new Extracted("“If it works out,” said Mr. Tom Baker, “we will sign the deal on Monday.”");
    assertEquals(
        "If it works out … we will sign the deal on Monday.", e.statement("If it").quote());
  }

  @Test
  void aQuoteRightAfterASentenceAboutAPersonIsThatPersonsWords() {
    String text =
        "The harbour plan went to a vote on Monday.\n\n"
            + "Senator Maria Lopez walked along the old pier with her husband. “This bill will ruin"
            + " the harbour and everyone who works there.”";
    assertEquals("Maria Lopez", speakerOf(text, "This bill will ruin"));
  }

  @Test
  void aPersonInTheParagraphBeforeDoesNotSpeakAQuoteOpeningTheNext() {
    String text =
        "Senator Maria Lopez walked along the old pier with her husband.\n\n"
            + "“This bill will ruin the harbour and everyone who works there.”";
    assertEquals("", speakerOf(text, "This bill will ruin"));
  }

  @Test
  void aColonAfterAVerbWithoutItsOwnSubjectHandsTheQuoteToTheClauseBefore() {
    Extracted e =
        new Extracted(
            "Tom Baker gestured as if to stop the noise, then leaned in and boomed: “Let’s defeat"
                + " her in November.”\n\n"
                + "Maria Lopez has since apologized for what happened: “Yes, I should have used two"
                + " boats, one for the family and one for my work at the harbour.”");
    assertEquals("Tom Baker", e.speakerOf("Let’s defeat her"));
    assertEquals("Maria Lopez", e.speakerOf("Yes, I should have used"));
  }

  @Test
  void aHyphenOnALineOfItsOwnBeforeANameAttributesTheQuoteAbove() {
    Extracted e =
        new Extracted(
            "\"I went to the harbour before the storm and told them to close the gates.\"\n\n"
                + "- Maria Lopez.\n\nThe town remembers.");
    assertEquals("Maria Lopez", e.speakerOf("I went to the harbour"));
    assertEquals("Maria Lopez", e.speakerWords("I went to the harbour"));
    Extracted list =
        new Extracted(
            "\"We will open the new school in June, as the town was promised.\"\n\n"
                + "- The list of promises goes on and on.");
    assertEquals("", list.speakerWords("We will open the new school"));
  }
}
