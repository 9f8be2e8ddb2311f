package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Evidence;

/**
 * A meeting between two or more parties, or of one named body, as one article reports it.
 *
 * @param participants two or more persons, countries or organisations; or one organisation, for a
 *     meeting of a named body ("OPEC's ministerial meeting")
 * @param location the place or country it is held in, if the article says
 * @param date the day, if the article gives one that resolves to a day
 * @param status held, planned or cancelled
 * @param mode in person, by call, or not said
 * @param evidence the phrases that report it, in text order
 */
public record Meeting(
    Set<EntityRef> participants,
    Optional<EntityRef> location,
    Optional<LocalDate> date,
    MeetingStatus status,
    MeetingMode mode,
    List<Evidence> evidence) {
  public Meeting {
    participants = org.w3id.parley.extract.text.StableSets.copyOf(participants);
    evidence = List.copyOf(evidence);
    java.util.Objects.requireNonNull(status, "status");
    java.util.Objects.requireNonNull(mode, "mode");
    boolean body =
        participants.size() == 1
            && participants.iterator().next().kind() == EntityKind.ORGANIZATION;
    if (participants.size() < 2 && !body) {
      throw new IllegalArgumentException(
          "a meeting needs two participants or one organisation, got " + participants);
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a meeting needs evidence");
    }
  }
}
