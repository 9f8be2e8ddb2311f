package org.w3id.parley.extract.meeting.party;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.QuotedSpeaker;
import org.w3id.parley.nlp.Token;

/**
 * Who says "I" or "we" in a direct quote or an interview transcript: Wikinews prints each answer as
 * a paragraph that starts with its speaker's name in double brackets ("((Dorsa Derakhshani)) I
 * talked to two universities …"), and a paragraph without a label goes on with the answer before
 * it; a first-person pronoun there is the person the label names ("((WN))", the interviewer, names
 * no one the article knows).
 */
final class Transcript {
  private static final Pattern LABEL = Pattern.compile("\\(\\(([^()\\n]{2,80})\\)\\)");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");

  /**
   * "We", which includes the speaker: a person, or the organisation or country a statement is
   * attributed to ("\"We held talks with Iran,\" the State Department said").
   */
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");

  private final Mentions mentions;
  private final List<QuotedSpeaker> quoted;

  Transcript(Mentions mentions, List<QuotedSpeaker> quoted) {
    this.mentions = mentions;
    this.quoted = List.copyOf(quoted);
  }

  /**
   * The speaker a first-person pronoun refers to: the one of the direct quote it is in ("\"I've met
   * Mr. Trump,\" Gorka said"), else the one of the labelled answer.
   */
  Optional<EntityRef> speaker(Token t) {
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    boolean plural = FIRST_PLURAL.contains(w);
    if (!t.pos().startsWith("PRP") || !FIRST_PERSON.contains(w) && !plural) {
      return Optional.empty();
    }
    for (QuotedSpeaker q : quoted) {
      if (q.quote().begin() <= t.begin() && t.end() <= q.quote().end()) {
        return Optional.of(q.speaker())
            .filter(r -> r.kind() == EntityKind.PERSON || plural && r.kind() != EntityKind.PLACE);
      }
    }
    return labelled(t);
  }

  private Optional<EntityRef> labelled(Token t) {
    String text = mentions.text();
    Matcher m = LABEL.matcher(text);
    int line = text.lastIndexOf('\n', t.begin()) + 1;
    // An answer may run on over paragraphs without a label: the nearest label before speaks.
    while (!m.region(line, t.begin()).lookingAt()) {
      if (line == 0) {
        return Optional.empty();
      }
      line = text.lastIndexOf('\n', line - 2) + 1;
    }
    String name = m.group(1).trim();
    Optional<EntityRef> inLabel = Optional.empty();
    Optional<EntityRef> sameName = Optional.empty();
    for (Mention x : mentions.all()) {
      if (x.ref().kind() != EntityKind.PERSON) {
        continue;
      }
      if (x.span().begin() >= m.start(1) && x.span().end() <= m.end(1)) {
        inLabel = Optional.of(x.ref());
      } else if (sameName.isEmpty() && x.span().of(text).equals(name)) {
        sameName = Optional.of(x.ref()); // NER read a one-word label ("((Jaya))") as no person
      }
    }
    return inLabel.isPresent() ? inLabel : sameName;
  }
}
