package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * SUTime's time expressions in some sentences of an article, normalised against its publication
 * date. SUTime reads only the sentences with a word it can build a time from ({@link TimeCues}):
 * the others give no time and change nothing. A SUTime annotator is not thread-safe and takes tens
 * of milliseconds to parse its rules, so annotators are pooled, one per concurrent caller, and
 * reused; {@link ValueTagJournal} resets what an article's annotation wrote into the rules, so that
 * each article is read as a fresh annotator reads it (CoreNLP issue #1061).
 *
 * <pre>{@code
 * List<TimeExpression> times = sutime.find(sentences, LocalDate.of(2019, 12, 3));
 * }</pre>
 */
final class Sutime {
  private static final String NAME = "sutime";

  private final Queue<TimeAnnotator> idle = new ConcurrentLinkedQueue<>();

  /**
   * The time expressions of the sentences, in their order, as one fresh SUTime annotator finds them
   * reading these sentences alone, one after the other.
   */
  List<TimeExpression> find(List<CoreMap> sentences, LocalDate published) {
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> cued = sentences.stream().filter(TimeCues::in).toList();
    if (cued.isEmpty()) {
      return out;
    }
    Annotation chosen = new Annotation("");
    chosen.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    chosen.set(CoreAnnotations.SentencesAnnotation.class, cued);
    TimeAnnotator annotator = idle.poll();
    if (annotator == null) {
      annotator = new TimeAnnotator(NAME, ValueTagJournal.properties(NAME));
    }
    try {
      annotator.annotate(chosen);
    } catch (RuntimeException e) {
      throw new NlpException("SUTime failed: " + e, e);
    } finally {
      ValueTagJournal.undo();
      idle.add(annotator);
    }
    List<CoreMap> timexes = chosen.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap m : timexes) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null) {
        continue;
      }
      out.add(
          new TimeExpression(
              begin,
              end,
              m.get(CoreAnnotations.TextAnnotation.class),
              timex.timexType(),
              String.valueOf(timex.value())));
    }
    return out;
  }
}
