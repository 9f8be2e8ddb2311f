package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which quotes make one statement and who speaks after them, on invented articles through the real
 * CoreNLP pipeline: a quote its attribution interrupts is one statement, two quotes that each have
 * their own speech verb are two, and a description after an inverted verb names the speaker.
 */
class QuoteGroupsIT {
  @Test
  void aQuoteInterruptedByItsAttributionIsOneStatement() {
    Extracted x =
        new Extracted(
            "“If the money comes through,” Anna Berg said, “the first ferry will sail in June.”");
    assertEquals(
        "If the money comes through … the first ferry will sail in June.",
        x.statement("If the money").quote());
    assertEquals("Anna Berg", x.speakerOf("If the money"));
  }

  @Test
  void aSecondQuoteAfterAddingIsAStatementOfItsOwn() {
    Extracted x =
        new Extracted(
            "“We will keep the ferry running all winter,” Anna Berg said, adding, “The harbour"
                + " needs it more than ever before.”");
    assertEquals("We will keep the ferry running all winter", x.statement("We will").quote());
    assertEquals("Anna Berg", x.speakerOf("The harbour needs"));
  }

  @Test
  void aQuoteIntroducedByItsOwnVerbIsNotJoinedToTheQuoteAfterIt() {
    Extracted x =
        new Extracted(
            "Senator Maria Lopez remarked, \"It has been a long, hard fight for all of us,\""
                + " further remarking, \"Women in this state have waited long enough for this"
                + " day.\"");
    assertEquals(
        "It has been a long, hard fight for all of us", x.statement("It has been").quote());
    assertEquals("Maria Lopez", x.speakerOf("Women in this state"));
  }

  @Test
  void aSecondQuoteWithItsOwnAttributionIsAnotherStatement() {
    Extracted x =
        new Extracted(
            "Anna Berg is the mayor of Westport. Tom Baker runs the ferry line.\n\n"
                + "“The boats are old and the crews are tired,” Baker told reporters. “The town"
                + " will find the money for new ones,” the mayor said.");
    assertEquals("Tom Baker", x.speakerOf("The boats are old"));
    assertEquals("Anna Berg", x.speakerOf("The town will find"));
  }

  @Test
  void aDescriptionAfterAnInvertedVerbNamesTheSpeaker() {
    Extracted x =
        new Extracted(
            "The Westport Harbour Authority missed its deadline for the new pier on Friday.\n\n"
                + "“We have worked hard to come as close to the goal as possible, but we have not"
                + " met it this month,” said the authority, which fell two weeks short.");
    assertEquals("Westport Harbour Authority", x.speakerOf("We have worked hard"));
    assertEquals("the authority", x.speakerWords("We have worked hard"));
  }

  @Test
  void anyVerbRightAfterAQuoteThatGoesOnTagsIt() {
    Extracted x =
        new Extracted(
            "“This is the best day the harbour has had in years,” beamed Mayor Anna Berg.\n\n"
                + "“Who will pay for the new boats when the money runs out?” Tom Baker wondered.");
    assertEquals("Anna Berg", x.speakerOf("This is the best day"));
    assertEquals("Tom Baker", x.speakerOf("Who will pay"));
  }

  @Test
  void aTitleBeforeAVerbIsNoQuoteItTags() {
    Extracted x =
        new Extracted(
            "Anna Berg (“The Harbour at Night”) starred in the film, which opened in Westport.");
    assertEquals(java.util.List.of(), x.facts.statements().stream().map(Statement::quote).toList());
  }

  @Test
  void theNameThatOpensTheWordsAfterAQuoteSpeaksThoughAnAgeOrClauseFollowsIt() {
    Extracted x =
        new Extracted(
            "Anna Berg runs the harbour of Westport.\n\n"
                + "“I kind of got into a panic,” Tom Hong, 33, said of the flood.\n\n"
                + "“The answer you’d like me to give is, ‘I’m for the ferry, darn it,’” Berg, who has"
                + " proposed closing the harbour over five years, said at the time.");
    assertEquals("Tom Hong", x.speakerOf("I kind of got"));
    assertEquals("Anna Berg", x.speakerOf("The answer you’d like"));
  }

  @Test
  void aHyphenLineWithTheNameAndWhereTheySaidItAttributesTheQuoteAbove() {
    Extracted x =
        new Extracted(
            "Quotes of the day.\n\n“The harbour is the heart of this town and it always will"
                + " be.”\n\n- Anna Berg, Westport.\n\n“Nobody asked the fishermen what they"
                + " wanted.”\n\n- Tom Baker, speaking after the vote.");
    assertEquals("Anna Berg", x.speakerOf("The harbour is the heart"));
    assertEquals("Tom Baker", x.speakerOf("Nobody asked the fishermen"));
  }
}
