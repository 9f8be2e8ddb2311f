package org.w3id.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting Parley stored, as the meetings scorer sees it.
 *
 * @param article the article whose graph holds it
 * @param participants for each participant, every name it has (label and alternative labels)
 * @param date the day, if known
 * @param held true if held, false if planned
 */
public record SystemMeeting(
    String article, List<Set<String>> participants, Optional<LocalDate> date, boolean held) {
  public SystemMeeting {
    participants = List.copyOf(participants);
  }
}
