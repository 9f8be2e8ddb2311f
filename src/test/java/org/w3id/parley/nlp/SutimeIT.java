package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * One SUTime annotator reused across articles, on the stretches around the time cues of the
 * sentences with one only, finds the times a fresh annotator finds in every sentence of each
 * article, which is what Parley did before (CoreNLP issue #1061: SUTime's rules keep a "resolveTo"
 * tag from one article to the next).
 */
class SutimeIT {
  private static final LocalDate MONDAY = LocalDate.of(2016, 7, 11);
  private static final LocalDate MARCH = LocalDate.of(2016, 3, 20);

  /** "said on Wednesday" tags SUTime's Wednesday as past. */
  private static final String PAST_WEDNESDAY = "Officials said on Wednesday that the talks ended.";

  private static final String WEDNESDAY = "The committee votes on Wednesday.";

  private static List<CoreMap> tagged(String text) {
    return NlpPipeline.shared().tagged(text);
  }

  /** What a new SUTime annotator finds in all the sentences, as Parley's values. */
  private static List<TimeExpression> fresh(String text, LocalDate published) {
    return plain(new TimeAnnotator("sutime", new Properties()), tagged(text), published);
  }

  private static List<TimeExpression> plain(
      TimeAnnotator annotator, List<CoreMap> sentences, LocalDate published) {
    Annotation doc = new Annotation("");
    doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    annotator.annotate(doc);
    return values(doc.get(TimeAnnotations.TimexAnnotations.class));
  }

  /**
   * What a new SUTime annotator finds in the stretches of the sentences alone, each read as a
   * sentence: what reading only stretches gives without Parley's checks.
   */
  private static List<TimeExpression> stretchesAlone(
      TimeWindows windows, String text, LocalDate published) {
    TimeAnnotator annotator = new TimeAnnotator("sutime", new Properties());
    SUTime.TimeIndex index = new SUTime.TimeIndex();
    List<CoreMap> found = new ArrayList<>();
    for (CoreMap sentence : tagged(text)) {
      for (TimeWindows.Stretch stretch : windows.of(sentence)) {
        found.addAll(
            annotator.annotateSingleSentence(stretch.sentence(), published.toString(), index));
      }
    }
    return values(found);
  }

  private static List<TimeExpression> values(List<CoreMap> timexes) {
    List<TimeExpression> out = new ArrayList<>();
    for (CoreMap m : timexes) {
      Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      out.add(
          new TimeExpression(
              m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              m.get(CoreAnnotations.TextAnnotation.class),
              t.timexType(),
              String.valueOf(t.value())));
    }
    return out;
  }

  @Test
  void aReusedAnnotatorForgetsTheArticleBefore() {
    List<TimeExpression> alone = fresh(WEDNESDAY, MONDAY);
    assertEquals("2016-07-13", alone.get(0).value(), "the coming Wednesday");

    TimeAnnotator kept = new TimeAnnotator("sutime", new Properties());
    plain(kept, tagged(PAST_WEDNESDAY), MONDAY);
    assertNotEquals(
        alone, plain(kept, tagged(WEDNESDAY), MONDAY), "CoreNLP #1061: SUTime as it comes leaks");

    Sutime sutime = new Sutime();
    sutime.find(tagged(PAST_WEDNESDAY), MONDAY);
    assertEquals(0, ValueTagJournal.pending(), "every tag write undone");
    assertEquals(alone, sutime.find(tagged(WEDNESDAY), MONDAY));
  }

  @Test
  void theTimesAreThoseOfAFreshAnnotatorOverEverySentence() {
    List<String> articles =
        List.of(
            PAST_WEDNESDAY + " The board approved the plan. " + WEDNESDAY,
            // "may" is SUTime's month May until its last rules drop it, after "said" tagged it past
            "Analysts said prices may rise. Nobody knows why. The election is in May.",
            "The bank raised its key rate by half a point at 10 a.m. on March 3, 1987, after "
                + "three-month talks. The Christmas sales were weak; nineteen eighty-four was "
                + "better. Shares fell in the fourth quarter. He has led the party since the "
                + "nineties and meets voters twice a year. At the time, prices were rising.");
    Sutime sutime = new Sutime();
    int skipped = 0;
    for (String text : articles) {
      List<CoreMap> sentences = tagged(text);
      skipped += (int) sentences.stream().filter(s -> !TimeCues.in(s)).count();
      assertEquals(fresh(text, MARCH), sutime.find(sentences, MARCH), text);
    }
    assertTrue(skipped >= 2, "sentences without a cue are skipped: " + skipped);
  }

  @Test
  void aLongSentenceIsReadInStretchesWithTheWholeSentencesTimes() {
    String text =
        "Officials from both ministries, who had spent most of the spring negotiating the terms"
            + " of a new agreement on fishing quotas in the disputed waters, said the talks would"
            + " resume between 9 a.m. and noon on Tuesday, March 3.";
    CoreMap sentence = tagged(text).get(0);
    assertEquals(2, new TimeWindows(Sutime.MARGIN).of(sentence).size(), "two stretches");
    List<TimeExpression> whole = fresh(text, MONDAY);
    assertEquals(
        List.of("spring", "9 a.m.", "noon on Tuesday, March 3"),
        whole.stream().map(TimeExpression::text).toList());
    assertEquals(whole, new Sutime().find(List.of(sentence), MONDAY));
  }

  @Test
  void aTimeCutByItsStretchIsReadFromTheWholeSentence() {
    String text =
        "Prices, which had been falling steadily across the whole region, should hold for the"
            + " next six to eight weeks, traders in the port city said.";
    TimeWindows narrow = new TimeWindows(2);
    List<TimeExpression> whole = fresh(text, MONDAY);
    assertEquals("the next six to eight weeks", whole.get(0).text());
    assertNotEquals(whole, stretchesAlone(narrow, text, MONDAY), "the stretch cuts it");
    assertEquals(whole, new Sutime(narrow).find(tagged(text), MONDAY));
  }

  @Test
  void aTagALaterStretchWritesReachesTheTimesOfTheEarlierOnes() {
    // SUTime gives both Wednesdays one value, which "said on Wednesday" tags as past after the
    // first Wednesday was read: the whole sentence resolves both as past
    String text =
        "The committee, which has been reviewing the proposal for the regional transport"
            + " authority and its many critics, votes on Wednesday, and the mayor and her deputies"
            + " from the northern districts said on Wednesday that the plan is sound.";
    assertEquals(2, new TimeWindows(Sutime.MARGIN).of(tagged(text).get(0)).size());
    List<TimeExpression> whole = fresh(text, MONDAY);
    assertEquals(
        List.of("2016-07-06", "2016-07-06"), whole.stream().map(TimeExpression::value).toList());
    assertNotEquals(
        whole, stretchesAlone(new TimeWindows(Sutime.MARGIN), text, MONDAY), "alone: the 13th");
    assertEquals(whole, new Sutime().find(tagged(text), MONDAY));
    assertEquals(0, ValueTagJournal.pending(), "every tag write undone");
  }
}
