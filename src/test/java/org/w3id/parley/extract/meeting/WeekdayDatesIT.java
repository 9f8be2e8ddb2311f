package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extraction;

/**
 * A weekday named alone is the one the verb's tense points to, through the real CoreNLP pipeline
 * (SUTime puts it in the week of publication): "met on Tuesday" in a Wednesday paper is the day
 * before, "met on Friday" the Friday before, "will meet on Monday" the Monday after; a day of a
 * month without its year after "will" is the one to come ("will meet on February 1" in a July paper
 * is next February); and who greets, summons or sits down with someone meets them.
 */
class WeekdayDatesIT {
  private static final LocalDate WEDNESDAY = LocalDate.of(2016, 7, 13);

  private static List<String> datesAndStatus(String text) {
    ArticleFacts f = Extraction.of(text, WEDNESDAY);
    return f.meetings().stream()
        .map(m -> m.date().map(LocalDate::toString).orElse("undated") + " " + m.status())
        .toList();
  }

  @Test
  void aWeekdayIsPlacedByTheTenseOfItsVerb() {
    assertEquals(
        List.of("2016-07-12 HELD", "2016-07-08 HELD", "2016-07-18 PLANNED"),
        datesAndStatus(
            "Senator Ted Cruz met Governor Mike Pence in Indianapolis on Tuesday.\n\n"
                + "Senator Ann Lee sat down with Governor Tom Hill in Chicago on Friday.\n\n"
                + "Senator Paul Ross will meet Governor John Bell in Boston on Monday."));
  }

  @Test
  void aDayOfAMonthWithoutItsYearAfterAFutureVerbIsAhead() {
    // SUTime takes the nearer year: February 1 in a July paper is the February before
    assertEquals(
        List.of("2017-02-01 PLANNED", "2016-02-01 HELD"),
        datesAndStatus(
            "Senator Paul Ross will meet Governor John Bell in Boston on February 1.\n\n"
                + "Senator Ann Lee met Governor Tom Hill in Chicago on February 1."));
  }

  @Test
  void aWeekdayAfterAPlanIsAhead() {
    assertEquals(
        List.of("2016-07-18 PLANNED"),
        datesAndStatus(
            "Senator Amy Fox is scheduled to meet Governor Dan Webb in Denver on Monday."));
  }

  @Test
  void whoIsGreetedOrSummonedMeetsWhoGreetsOrSummons() {
    assertEquals(
        List.of(
            MeetingLabels.set("Donald Trump", "Shinzo Abe"),
            MeetingLabels.set("Foreign Ministry", "Sergei Ivanov")),
        MeetingLabels.meetings(
            "Prime Minister Shinzo Abe was greeted by President Donald Trump at the White House."
                + "\n\nThe Foreign Ministry summoned the Russian ambassador, Sergei Ivanov."));
  }
}
