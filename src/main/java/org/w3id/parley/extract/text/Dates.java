package org.w3id.parley.extract.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.TimeExpression;
import org.w3id.parley.nlp.Token;

/**
 * Days named in a sentence, from SUTime's normalised values. Only values that are a single day
 * count: "on Monday" (resolved against the publication date) does, "later this week" ({@code
 * 2019-W49}) and "next month" do not, so a vague time leaves a fact undated rather than guessed.
 */
public final class Dates {
  private final AnnotatedText text;

  public Dates(AnnotatedText text) {
    this.text = text;
  }

  /** The day a time expression names, if it names exactly one. */
  static Optional<LocalDate> day(TimeExpression t) {
    if (!"DATE".equals(t.type())
        || t.value() == null
        || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.value()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Day-valued time expressions in a sentence, with the index of their last token. */
  public List<int[]> daysIn(Sentence s) {
    List<int[]> out = new ArrayList<>();
    List<TimeExpression> times = text.times();
    for (int k = 0; k < times.size(); k++) {
      TimeExpression t = times.get(k);
      if (t.begin() < s.begin() || t.end() > s.end() || day(t).isEmpty()) {
        continue;
      }
      for (Token tok : s.tokens()) {
        if (tok.end() == t.end() || (tok.begin() < t.end() && tok.end() >= t.end())) {
          out.add(new int[] {k, tok.index()});
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether a time expression of the sentence, ending at one of the given tokens, points after the
   * publication date: a later day, month or year, or a vague reference forward ("later this month",
   * "next week", "in the coming days").
   */
  public boolean futureAt(Sentence s, java.util.Collection<Integer> tokens, LocalDate published) {
    List<TimeExpression> times = text.times();
    for (TimeExpression t : times) {
      if (t.begin() < s.begin() || t.end() > s.end()) {
        continue;
      }
      int last = -1;
      for (Token tok : s.tokens()) {
        if (tok.begin() < t.end()) {
          last = tok.index();
        }
      }
      if (!tokens.contains(last)) {
        continue;
      }
      String words = t.text().toLowerCase(java.util.Locale.ROOT);
      if (words.matches("(?s).*\\b(later this|next|coming|upcoming|tomorrow)\\b.*")) {
        return true;
      }
      String v = t.value() == null ? "" : t.value();
      if (v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
          && v.compareTo(published.toString().substring(0, v.length())) > 0) {
        return true;
      }
    }
    return false;
  }

  public LocalDate dayOf(int timeIndex) {
    return day(text.times().get(timeIndex)).orElseThrow();
  }

  public Span spanOf(int timeIndex) {
    TimeExpression t = text.times().get(timeIndex);
    return new Span(t.begin(), t.end());
  }
}
