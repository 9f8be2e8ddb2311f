package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence SUTime is given: each time cue ({@link TimeCues}) with {@code margin}
 * tokens on either side, stretches that touch or overlap joined. SUTime runs its thousand rules
 * over every token it is given, and a news sentence of 25-40 tokens holds time expressions of a few
 * tokens around their cues.
 *
 * <p>A stretch is a sub-sentence as SUTime reads one: copies of the sentence's tokens (SUTime
 * writes into the tokens it reads), their character offsets those of the article, and the
 * sentence's text between them, from which SUTime takes each expression's text. With it comes where
 * a time SUTime finds in it is the one the whole sentence gives: {@link #REACH} tokens or more from
 * where the stretch cuts the sentence. A time nearer a cut may have been cut itself ("next six to
 * eight weeks" for "the next six to eight weeks") or have lost the verb that decides its value, and
 * {@link Sutime} then reads the whole sentence. What no check catches is a time with no cue of its
 * own far from the sentence's cues, which the whole sentence gave: none in 15,212 sentences of news
 * with a margin of 4 or more, one with 3 ("five AM radio stations", which is no time).
 *
 * <pre>{@code
 * for (TimeWindows.Stretch s : new TimeWindows(6).of(sentence)) { ... s.sentence() ... }
 * }</pre>
 */
final class TimeWindows {
  /**
   * How many tokens past a time expression SUTime's rules look: its last rules tag a time as past
   * or future from a verb at most three tokens before or after it ({@code [ { tag:/VBD/ } | /have/
   * ] []{0,2} [ $hasTemporal ]}, english.sutime.txt).
   */
  static final int REACH = 3;

  /**
   * A stretch as SUTime reads it, and the character offsets between which a time it finds is the
   * whole sentence's.
   */
  record Stretch(CoreMap sentence, int from, int to) {
    /** Whether a time from {@code begin} to {@code end} is the one the whole sentence gives. */
    boolean holds(int begin, int end) {
      return begin >= from && end <= to;
    }
  }

  private final int margin;

  /**
   * @param margin how many tokens before the first cue and after the last one of a stretch it holds
   */
  TimeWindows(int margin) {
    if (margin < 0) {
      throw new IllegalArgumentException("margin < 0: " + margin);
    }
    this.margin = margin;
  }

  /**
   * The sentence's stretches in their order: none without a cue, and the sentence itself when one
   * stretch would hold all of it.
   */
  List<Stretch> of(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<int[]> spans = spans(tokens);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer offset = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    boolean whole = spans.size() == 1 && spans.get(0)[1] - spans.get(0)[0] == tokens.size();
    if (whole || (!spans.isEmpty() && (text == null || offset == null))) {
      return List.of(new Stretch(sentence, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    List<Stretch> stretches = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int begin = span[0];
      int end = span[1];
      // a stretch too short to hold a time away from its cuts holds none
      int from = Integer.MIN_VALUE;
      if (begin > 0) {
        from = begin + REACH < end ? tokens.get(begin + REACH).beginPosition() : Integer.MAX_VALUE;
      }
      int to = Integer.MAX_VALUE;
      if (end < tokens.size()) {
        to =
            end - 1 - REACH >= begin
                ? tokens.get(end - 1 - REACH).endPosition()
                : Integer.MIN_VALUE;
      }
      stretches.add(new Stretch(copy(sentence, tokens, begin, end, text, offset), from, to));
    }
    return stretches;
  }

  /** The token spans [begin, end) of the stretches, in their order. */
  private List<int[]> spans(List<CoreLabel> tokens) {
    List<int[]> spans = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (!TimeCues.is(tokens.get(i))) {
        continue;
      }
      int begin = Math.max(0, i - margin);
      int end = Math.min(n, i + margin + 1);
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && begin <= last[1]) {
        last[1] = end;
      } else {
        spans.add(new int[] {begin, end});
      }
    }
    return spans;
  }

  private static CoreMap copy(
      CoreMap sentence, List<CoreLabel> tokens, int begin, int end, String text, int offset) {
    List<CoreLabel> copies = new ArrayList<>(end - begin);
    for (CoreLabel t : tokens.subList(begin, end)) {
      copies.add(new CoreLabel(t));
    }
    int from = copies.get(0).beginPosition();
    int to = copies.get(copies.size() - 1).endPosition();
    CoreMap stretch = new ArrayCoreMap(7);
    stretch.set(CoreAnnotations.TokensAnnotation.class, copies);
    stretch.set(CoreAnnotations.TextAnnotation.class, text.substring(from - offset, to - offset));
    stretch.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, from);
    stretch.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, to);
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (first != null) {
      stretch.set(CoreAnnotations.TokenBeginAnnotation.class, first + begin);
      stretch.set(CoreAnnotations.TokenEndAnnotation.class, first + end);
    }
    stretch.set(
        CoreAnnotations.SentenceIndexAnnotation.class,
        sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    return stretch;
  }
}
