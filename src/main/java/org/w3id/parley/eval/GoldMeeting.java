package org.w3id.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting in the meetings gold (eval/meetings/gold.jsonl).
 *
 * @param article article id
 * @param participants names as the article gives them
 * @param date the day, if the article gives one
 * @param place city or country, if named
 * @param held true if held, false if planned
 * @param evidence the sentence that reports it
 */
public record GoldMeeting(
    String article,
    List<String> participants,
    Optional<LocalDate> date,
    Optional<String> place,
    boolean held,
    String evidence) {
  public GoldMeeting {
    participants = List.copyOf(participants);
  }
}
