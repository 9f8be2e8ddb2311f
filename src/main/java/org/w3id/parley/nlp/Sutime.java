package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.SUTime;
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
 * the others give no time and change nothing; and of those, only the stretches around such words
 * ({@link TimeWindows}), as it runs its rules over every token it is given. A SUTime annotator is
 * not thread-safe and takes tens of milliseconds to parse its rules, so annotators are pooled, one
 * per concurrent caller, and reused; {@link ValueTagJournal} resets what an article's annotation
 * wrote into the rules, so that each article is read as a fresh annotator reads it (CoreNLP issue
 * #1061).
 *
 * <pre>{@code
 * List<TimeExpression> times = sutime.find(sentences, LocalDate.of(2019, 12, 3));
 * }</pre>
 */
final class Sutime {
  private static final String NAME = "sutime";

  /**
   * How many tokens past its cues a stretch SUTime reads reaches ({@link TimeWindows}). On the
   * 15,212 sentences of 285 Wikinews and 200 Reuters articles, 4, 5 and 6 cost SUTime about the
   * same CPU (68-76% of whole sentences' on Reuters, once the JIT compiler has warmed up), 6
   * reading 1-2% of the sentences whole again instead of 3-8%, and 8 a little more (73-75%); with
   * 3, a time without a cue ("five AM") that the whole sentence held was lost.
   */
  static final int MARGIN = 6;

  private final Queue<TimeAnnotator> idle = new ConcurrentLinkedQueue<>();
  private final TimeWindows windows;

  Sutime() {
    this(new TimeWindows(MARGIN));
  }

  /** SUTime reading the stretches of each sentence these windows give. */
  Sutime(TimeWindows windows) {
    this.windows = windows;
  }

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
    String date = published.toString();
    SUTime.TimeIndex index = new SUTime.TimeIndex();
    List<CoreMap> timexes = new ArrayList<>();
    TimeAnnotator annotator = idle.poll();
    if (annotator == null) {
      annotator = new TimeAnnotator(NAME, ValueTagJournal.properties(NAME));
    }
    try {
      for (CoreMap sentence : cued) {
        timexes.addAll(read(annotator, sentence, date, index));
      }
    } catch (RuntimeException e) {
      throw new NlpException("SUTime failed: " + e, e);
    } finally {
      ValueTagJournal.undo();
      idle.add(annotator);
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

  /**
   * SUTime's time expressions in one sentence, read stretch by stretch ({@link TimeWindows}), as it
   * finds them reading the whole sentence. The sentence is read whole after all, its stretches' tag
   * writes undone, when a time lies too near where a stretch cuts the sentence, and when a stretch
   * writes a "resolveTo" tag after an earlier one found a time: SUTime resolves a sentence's times
   * after all its rules have run, so that tag would have reached the earlier times too (one
   * weekday's value is shared: "meets on Wednesday, ... said on Wednesday").
   */
  private List<CoreMap> read(
      TimeAnnotator annotator, CoreMap sentence, String date, SUTime.TimeIndex index) {
    int mark = ValueTagJournal.pending();
    List<CoreMap> found = new ArrayList<>();
    for (TimeWindows.Stretch stretch : windows.of(sentence)) {
      int before = ValueTagJournal.pending();
      List<CoreMap> times =
          orEmpty(annotator.annotateSingleSentence(stretch.sentence(), date, index));
      boolean late = !found.isEmpty() && ValueTagJournal.pending() > before;
      if (late || !times.stream().allMatch(t -> holds(stretch, t))) {
        ValueTagJournal.undoTo(mark);
        return orEmpty(annotator.annotateSingleSentence(sentence, date, index));
      }
      found.addAll(times);
    }
    return found;
  }

  private static boolean holds(TimeWindows.Stretch stretch, CoreMap time) {
    Integer begin = time.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = time.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return begin != null && end != null && stretch.holds(begin, end);
  }

  private static List<CoreMap> orEmpty(List<CoreMap> times) {
    return times == null ? List.of() : times;
  }
}
