package org.w3id.parley.extract.statement;

import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Whether a sentence has a word a statement can hang on, by tag and lemma alone (before the parse):
 * a speech verb ("said", "told"), "according to", or a verb the learned {@link CueModel} could
 * accept with some complement ("praised", "warned"). Quoted words are found on the text, not here.
 */
public final class SpeechCues {
  private SpeechCues() {}

  public static boolean in(Sentence s) {
    CueModel model = CueModel.bundled();
    for (Token t : s.tokens()) {
      if (SpeechVerbs.isSpeech(t.lemma())
          || t.lemma().equals("accord")
          || model.mayAccept(t, s.tokens())) {
        return true;
      }
    }
    return false;
  }
}
