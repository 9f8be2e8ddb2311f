package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Evidence;

/**
 * A meeting between two or more parties, as one article reports it.
 *
 * @param participants two or more persons, countries or organisations
 * @param location the place or country it is held in, if the article says
 * @param date the day, if the article gives one that resolves to a day
 * @param status held or planned
 * @param evidence the phrases that report it, in text order
 */
public record Meeting(
    Set<EntityRef> participants,
    Optional<EntityRef> location,
    Optional<LocalDate> date,
    MeetingStatus status,
    List<Evidence> evidence) {
  public Meeting {
    participants = Set.copyOf(participants);
    evidence = List.copyOf(evidence);
    if (participants.size() < 2) {
      throw new IllegalArgumentException(
          "a meeting needs two participants, got " + participants.size());
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a meeting needs evidence");
    }
  }
}
