package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
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
 * One SUTime annotator reused across articles, on the sentences with a time cue only, finds the
 * times a fresh annotator finds in every sentence of each article, which is what Parley did before
 * (CoreNLP issue #1061: SUTime's rules keep a "resolveTo" tag from one article to the next).
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
    List<TimeExpression> out = new ArrayList<>();
    for (CoreMap m : doc.get(TimeAnnotations.TimexAnnotations.class)) {
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
}
