package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Pronouns in the turns of an interview written the Wikinews way ("((Anna Berg)) …"), on an
 * invented article through the real CoreNLP pipeline.
 */
class InterviewTurnsIT {
  private static final String INTERVIEW =
      "The Harbour Post spoke with ferry captain Anna Berg about the new line to Ostby.\n\n"
          + "((WN))  You said the ferry would run every day from June. Is that still the plan?\n\n"
          + "((Anna Berg))  Yes. I told the council that the boats were ready and the crews were"
          + " trained.\n\n"
          + "And then I said, “Nobody in this town will wait for a boat again, not even in"
          + " winter.”\n\n"
          + "((WN))  Thank you.";

  @Test
  void iInAnAnswerIsThePersonTheTurnLabelNames() {
    Extracted e = new Extracted(INTERVIEW);
    assertEquals("Anna Berg", e.speakerOf("the boats were ready"));
  }

  @Test
  void iInALaterParagraphOfTheSameAnswerIsStillThatPerson() {
    Extracted e = new Extracted(INTERVIEW);
    assertEquals("Anna Berg", e.speakerOf("Nobody in this town"));
  }

  @Test
  void youInTheInterviewersTurnIsThePersonWhoAnswersNext() {
    Extracted e = new Extracted(INTERVIEW);
    assertEquals("Anna Berg", e.speakerOf("the ferry would run every day"));
  }
}
