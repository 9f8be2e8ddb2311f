package org.w3id.parley.extract.meeting;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.nlp.Token;

/**
 * Who says "I" in an interview transcript: Wikinews prints each answer as a paragraph that starts
 * with its speaker's name in double brackets ("((Dorsa Derakhshani)) I talked to two universities
 * …"), so a first-person pronoun there is the person the label names ("((WN))", the interviewer,
 * names no one the article knows).
 */
final class Transcript {
  private static final Pattern LABEL = Pattern.compile("\\(\\(([^()\\n]{2,80})\\)\\)");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");

  private final Mentions mentions;

  Transcript(Mentions mentions) {
    this.mentions = mentions;
  }

  /** The labelled speaker a first-person pronoun refers to, if it is in a labelled answer. */
  Optional<EntityRef> speaker(Token t) {
    if (!t.pos().startsWith("PRP") || !FIRST_PERSON.contains(t.text().toLowerCase())) {
      return Optional.empty();
    }
    String text = mentions.text();
    int line = text.lastIndexOf('\n', t.begin()) + 1;
    Matcher m = LABEL.matcher(text).region(line, t.begin());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    for (Mention x : mentions.all()) {
      if (x.ref().kind() == EntityKind.PERSON
          && x.span().begin() >= m.start(1)
          && x.span().end() <= m.end(1)) {
        return Optional.of(x.ref());
      }
    }
    return Optional.empty();
  }
}
