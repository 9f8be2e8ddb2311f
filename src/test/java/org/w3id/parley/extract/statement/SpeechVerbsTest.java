package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.parley.nlp.Token;

class SpeechVerbsTest {
  private static Token verb(String lemma) {
    return new Token(0, 0, lemma.length(), lemma, lemma, "VBD", "O", "");
  }

  @Test
  void quoteVerbsIntroduceQuotesAndReportedSpeech() {
    assertTrue(SpeechVerbs.isSpeechVerb(verb("say"), true));
    assertTrue(SpeechVerbs.isSpeechVerb(verb("tweet"), false));
  }

  @Test
  void indirectAndNamingVerbsReportSpeechButIntroduceNoQuote() {
    assertTrue(SpeechVerbs.isSpeechVerb(verb("believe"), false));
    assertFalse(SpeechVerbs.isSpeechVerb(verb("believe"), true));
    assertTrue(SpeechVerbs.isNaming("describe"));
    assertFalse(SpeechVerbs.isSpeechVerb(verb("describe"), true));
  }

  @Test
  void aNounIsNoSpeechVerb() {
    Token noun = new Token(0, 0, 4, "note", "note", "NN", "O", "");
    assertFalse(SpeechVerbs.isSpeechVerb(noun, false));
    assertFalse(SpeechVerbs.isSpeech("run"));
  }
}
