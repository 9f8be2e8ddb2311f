package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extraction;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityRef;

/** An invented article's meetings as participant labels, for the meeting tests. */
public final class MeetingLabels {
  private MeetingLabels() {}

  /** Each meeting of the article as the sorted labels of its participants. */
  public static List<Set<String>> meetings(String text) {
    return meetings(text, LocalDate.of(1987, 3, 3));
  }

  /** The same for an article published on that day. */
  public static List<Set<String>> meetings(String text, LocalDate published) {
    ArticleFacts f = Extraction.of(text, published);
    Map<EntityRef, String> label =
        f.entities().stream().collect(Collectors.toMap(Entity::ref, Entity::label));
    return f.meetings().stream()
        .map(
            m ->
                (Set<String>)
                    m.participants().stream()
                        .map(p -> label.getOrDefault(p, p.key()))
                        .collect(Collectors.toCollection(TreeSet::new)))
        .toList();
  }

  /** The status of each meeting of an article published on 2 May 2016. */
  public static List<MeetingStatus> statuses(String text) {
    return Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().stream()
        .map(Meeting::status)
        .toList();
  }

  public static Set<String> set(String... labels) {
    return new TreeSet<>(List.of(labels));
  }
}
