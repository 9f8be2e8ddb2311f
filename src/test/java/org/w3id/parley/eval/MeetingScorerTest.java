package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The meetings scorer on hand-made cases. */
class MeetingScorerTest {
  private static final LocalDate MONDAY = LocalDate.of(2019, 12, 2);

  private static GoldMeeting gold(
      String article, Optional<LocalDate> date, boolean held, String... names) {
    return new GoldMeeting(article, List.of(names), date, Optional.empty(), held, "evidence");
  }

  private static SystemMeeting system(
      String article, Optional<LocalDate> date, boolean held, String... labels) {
    return new SystemMeeting(
        article,
        java.util.Arrays.stream(labels).map(l -> Set.of(l.split("\\|"))).toList(),
        date,
        held);
  }

  @Test
  void participantsMatchBySurnameDespiteSpelling() {
    GoldMeeting g = gold("a", Optional.of(MONDAY), true, "Sergey Lavrov", "Ilham Aliyev");
    SystemMeeting s =
        system("a", Optional.of(MONDAY), true, "Sergei Lavrov|Lavrov", "Ilham Aliyev");
    MeetingScore score = new MeetingScorer().score(List.of(g), List.of(s), Set.of("a"));
    assertEquals(1, score.fullTp());
    assertEquals(1.0, score.p(score.fullTp()));
  }

  @Test
  void oneMatchedParticipantIsNotEnough() {
    GoldMeeting g = gold("a", Optional.empty(), true, "Sergey Lavrov", "Ilham Aliyev");
    SystemMeeting s = system("a", Optional.empty(), true, "Sergey Lavrov", "Elmar Mammadyarov");
    assertEquals(
        0, new MeetingScorer().score(List.of(g), List.of(s), Set.of("a")).participantsTp());
  }

  @Test
  void dateAndStatusAreCheckedInTurn() {
    GoldMeeting g =
        gold("a", Optional.of(MONDAY), false, "Zohrab Mnatsakanyan", "Elmar Mammadyarov");
    SystemMeeting wrongDay = system("a", Optional.empty(), false, "Mnatsakanyan", "Mammadyarov");
    SystemMeeting wrongStatus =
        system("b", Optional.of(MONDAY), true, "Mnatsakanyan", "Mammadyarov");
    GoldMeeting g2 =
        gold("b", Optional.of(MONDAY), false, "Zohrab Mnatsakanyan", "Elmar Mammadyarov");
    MeetingScore s =
        new MeetingScorer().score(List.of(g, g2), List.of(wrongDay, wrongStatus), Set.of("a", "b"));
    assertEquals(2, s.participantsTp());
    assertEquals(1, s.datedTp());
    assertEquals(0, s.fullTp());
  }

  @Test
  void eachMeetingMatchesOnceAndOnlyInItsArticle() {
    GoldMeeting g = gold("a", Optional.empty(), true, "Joe Biden", "family of Jacob Blake");
    SystemMeeting s1 = system("a", Optional.empty(), true, "Joe Biden", "Jacob Blake");
    SystemMeeting s2 = system("a", Optional.empty(), true, "Biden", "Blake");
    SystemMeeting other = system("b", Optional.empty(), true, "Joe Biden", "Jacob Blake");
    MeetingScore s =
        new MeetingScorer().score(List.of(g), List.of(s1, s2, other), Set.of("a", "b"));
    assertEquals(1, s.fullTp());
    assertEquals(3, s.system());
    assertEquals(1.0 / 3, s.p(s.fullTp()), 1e-9);
  }
}
