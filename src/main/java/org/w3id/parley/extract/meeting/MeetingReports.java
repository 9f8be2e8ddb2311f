package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * A meeting as one sentence reports it: its parties, its circumstances, and as evidence the words
 * from the first party named to the last of the meeting word, its day and its place.
 *
 * <pre>{@code
 * Meeting m = MeetingReports.of(d, trigger, participants, refsFound, circumstances.of(...));
 * }</pre>
 */
final class MeetingReports {
  private MeetingReports() {}

  /**
   * The meeting the trigger describes.
   *
   * @param participants its parties
   * @param refsFound the words that named them (a party named in an earlier sentence adds none)
   * @param c its day, place, status and mode
   */
  static Meeting of(
      Deps d,
      int trigger,
      Set<EntityRef> participants,
      List<Ref> refsFound,
      Circumstances.Found c) {
    List<Span> words = new ArrayList<>();
    Set<EntityRef> seen = new LinkedHashSet<>();
    // A name before a pronoun for the same party: "X will meet his counterpart Y" spans from X.
    List<Ref> ordered = new ArrayList<>(refsFound);
    ordered.sort(Comparator.comparing(r -> pronoun(d, r.words())));
    for (Ref r : ordered) {
      // A party named in an earlier sentence ("the two firms") is no word of this one's evidence.
      if (participants.contains(r.entity())
          && r.words().begin() >= d.sentence().begin()
          && r.words().end() <= d.sentence().end()
          && seen.add(r.entity())) {
        words.add(r.words());
      }
    }
    Token t = d.token(trigger);
    words.add(new Span(t.begin(), t.end()));
    c.dateWords().ifPresent(words::add);
    c.place().ifPresent(p -> words.add(p.span()));
    int begin = words.stream().mapToInt(Span::begin).min().orElseThrow();
    int end = words.stream().mapToInt(Span::end).max().orElseThrow();
    Span sentence = new Span(d.sentence().begin(), d.sentence().end());
    return new Meeting(
        participants,
        c.place().map(Mention::ref),
        c.date(),
        c.status(),
        c.mode(),
        List.of(new Evidence(new Span(begin, end), sentence)));
  }

  /** Whether the words are one pronoun ("his", "she"), by the tagger. */
  private static boolean pronoun(Deps d, Span words) {
    return d.sentence().tokens().stream()
        .anyMatch(
            t -> t.begin() == words.begin() && t.end() == words.end() && t.pos().startsWith("PRP"));
  }
}
