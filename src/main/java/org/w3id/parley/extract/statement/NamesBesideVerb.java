package org.w3id.parley.extract.statement;

import java.util.Optional;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;

/**
 * A person named beside a speech verb whom the parser did not make its subject, where no subject
 * resolved: a name before a subject that is a title, or a name set off by commas right before the
 * verb.
 *
 * <pre>{@code
 * Optional<Ref> who = new NamesBesideVerb(mentions).beforeVerb(d, verb);
 * }</pre>
 */
final class NamesBesideVerb {
  private final Mentions mentions;

  NamesBesideVerb(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * "Chris Wright, the Chief Technology Officer of Red Hat said": a person named right before a
   * subject that is a title, which the parser did not join to it as an apposition.
   */
  Optional<Ref> beforeTitle(Deps d, int subject) {
    int first = SourceWords.phrase(d, subject).begin();
    int k = 0;
    while (k < d.size() && d.token(k).begin() < first) {
      k++;
    }
    boolean titled = d.token(subject).pos().startsWith("NN") && k < d.size();
    boolean definite = titled && d.token(k).lemma().equals("the");
    if (!definite || k < 2 || !d.token(k - 1).text().equals(",")) {
      return Optional.empty();
    }
    int name = k - 2;
    // a name the parser made an object ("telling Mika Brzezinski, the candidate said") is not it
    boolean loose = d.headRelation(name).matches("dep|appos|root|compound");
    return mentions
        .at(d.sentence().index(), name)
        .filter(m -> loose && m.last() == name && m.ref().kind() == EntityKind.PERSON)
        .map(m -> new Ref(m.ref(), m.span()));
  }

  /**
   * "Speaking to AFP, the president of the league, Jamel Msallem, said": a person set off by commas
   * right before the speech verb, where no subject resolved because the parser hung the name
   * elsewhere (here on the news agency, and the participle became the subject).
   */
  Optional<Ref> beforeVerb(Deps d, int verb) {
    int name = verb - 2;
    // "wrote a letter to Columbia's president, Lee C. Bollinger, calling …": a participle's speaker
    // is its clause's
    if (name < 1 || !d.token(verb - 1).text().equals(",") || d.token(verb).pos().equals("VBG")) {
      return Optional.empty();
    }
    return mentions
        .at(d.sentence().index(), name)
        .filter(m -> m.last() == name && m.ref().kind() == EntityKind.PERSON)
        .filter(m -> m.first() > 0 && d.token(m.first() - 1).text().equals(","))
        .map(m -> new Ref(m.ref(), m.span()));
  }
}
