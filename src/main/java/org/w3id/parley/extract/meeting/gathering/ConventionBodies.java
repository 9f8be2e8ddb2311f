package org.w3id.parley.extract.meeting.gathering;

import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.meeting.MeetingWords;

/**
 * Whose convention an unqualified "convention" is: in a story of the Republicans' convention, "the
 * last contested convention in 1976" and "hired Manafort to run the San Diego convention" are the
 * Republican Party's too. The body is the one of the article's last convention that named one; a
 * convention that names an organisation of its own keeps it. One instance per article.
 */
public final class ConventionBodies {
  private static final String CONVENTION = "convention";

  private EntityRef last;

  public void clear() {
    last = null;
  }

  /** Notes the body of a convention the article reported with one. */
  public void reported(MeetingWords.Trigger word, Optional<EntityRef> body) {
    if (isConvention(word)) {
      body.ifPresent(b -> last = b);
    }
  }

  /**
   * The body an unqualified convention noun belongs to: the article's last convention body, when
   * none of the parties found is an organisation.
   */
  public Optional<EntityRef> of(MeetingWords.Trigger word, Set<EntityRef> participants) {
    if (!isConvention(word)
        || last == null
        || participants.stream().anyMatch(e -> e.kind() == EntityKind.ORGANIZATION)) {
      return Optional.empty();
    }
    return Optional.of(last);
  }

  private static boolean isConvention(MeetingWords.Trigger word) {
    return !word.verb() && word.word().equals(CONVENTION);
  }
}
