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
  /** A weekday named alone: "on Tuesday", "Tuesday night", not "next Tuesday". */
  private static final java.util.regex.Pattern BARE_WEEKDAY =
      java.util.regex.Pattern.compile(
          "(?i)(on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(\\s+(morning|afternoon|evening|night))?");

  /**
   * Verbs whose "to" complement is still to come, whatever their own tense: "is scheduled to meet
   * on Friday", "plans to visit on Tuesday".
   */
  private static final java.util.Set<String> AHEAD =
      java.util.Set.of(
          "schedule",
          "plan",
          "expect",
          "due",
          "set",
          "intend",
          "hope",
          "want",
          "agree",
          "aim",
          "prepare",
          "go",
          "propose",
          "arrange",
          "seek",
          "promise",
          "invite");

  private final AnnotatedText text;
  private final LocalDate published;

  /**
   * @param published the date SUTime resolved relative expressions against
   */
  public Dates(AnnotatedText text, LocalDate published) {
    this.text = text;
    this.published = published;
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

  /**
   * Whether the token is part of a time expression SUTime found, of any kind ("Friday", "next
   * month", "June"): "postponed to Friday" puts off to a time, "postponed to a later stage" too but
   * not to one the text names.
   */
  public boolean inTimeExpression(Token t) {
    return inTimeExpression(text, t);
  }

  /** The same, in any analysed text. */
  public static boolean inTimeExpression(AnnotatedText text, Token t) {
    return text.times().stream().anyMatch(x -> x.begin() <= t.begin() && t.end() <= x.end());
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
   * The month or year a time expression of the sentence ending at one of the given tokens names,
   * when it names no single day ("In May 2001" is 2001-05, "in late 2001" 2001, "in August"
   * XXXX-08: a year only where the words write one), or empty.
   */
  public Optional<String> periodIn(Sentence s, java.util.Collection<Integer> tokens) {
    for (TimeExpression t : text.times()) {
      if (t.begin() < s.begin() || t.end() > s.end() || !"DATE".equals(t.type())) {
        continue;
      }
      Optional<String> period =
          t.value() != null && t.value().matches("(\\d{4}|XXXX)(-\\d{2})?")
              ? Optional.of(t.value())
              : monthNamed(t.text());
      if (!t.text().matches("(?s).*\\b(19|20)\\d{2}\\b.*")) {
        // a year SUTime took from the publication date ("in May" read as this May) says nothing
        // about a story told of another year
        period = period.map(v -> "XXXX" + v.substring(4)).filter(v -> !v.equals("XXXX"));
      }
      if (period.isEmpty()) {
        continue;
      }
      int last = lastToken(s, t);
      if (tokens.contains(last)) {
        return period;
      }
    }
    return Optional.empty();
  }

  /** The index of the sentence's last token that begins inside the time expression. */
  private static int lastToken(Sentence s, TimeExpression t) {
    int last = -1;
    for (Token tok : s.tokens()) {
      if (tok.begin() < t.end()) {
        last = tok.index();
      }
    }
    return last;
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * A day of a month written without its year ("November 5", "Nov. 5th", "5 November"), by the
   * first three letters of {@link #MONTHS}.
   */
  private static final java.util.regex.Pattern MONTH_DAY = monthDay();

  private static java.util.regex.Pattern monthDay() {
    String month =
        "("
            + String.join("|", MONTHS.stream().map(m -> m.substring(0, 3)).toList())
            + ")[a-z]*\\.?";
    String day = "\\d{1,2}(st|nd|rd|th)?";
    return java.util.regex.Pattern.compile(
        "(?i)(on\\s+)?(" + month + "\\s+" + day + "|" + day + "\\s+" + month + ")");
  }

  /**
   * The month (and year) an expression SUTime did not normalise to one names by its words: "2 p.m.
   * on the last Friday in August" is XXXX-08.
   */
  private static Optional<String> monthNamed(String words) {
    String month = null;
    String year = "XXXX";
    for (String w : words.split("[^A-Za-z0-9]+")) {
      int k = MONTHS.indexOf(w.toLowerCase(java.util.Locale.ROOT));
      if (k >= 0 && Character.isUpperCase(w.charAt(0))) {
        month = String.format("%02d", k + 1);
      } else if (w.matches("(19|20)\\d{2}")) {
        year = w;
      }
    }
    return month == null ? Optional.empty() : Optional.of(year + "-" + month);
  }

  /**
   * Whether two periods of {@link #periodIn} cannot be the same time: different years, or different
   * months ("2001-05" and "XXXX-08"; not "2001" and "2001-05").
   */
  public static boolean differentPeriods(String a, String b) {
    String[] x = a.split("-");
    String[] y = b.split("-");
    boolean years = !x[0].equals("XXXX") && !y[0].equals("XXXX") && !x[0].equals(y[0]);
    boolean months = x.length > 1 && y.length > 1 && !x[1].equals(y[1]);
    return years || months;
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
      int last = lastToken(s, t);
      if (!tokens.contains(last)) {
        continue;
      }
      String words = t.text().toLowerCase(java.util.Locale.ROOT);
      if (words.matches("(?s).*\\b(later this|next|coming|upcoming|tomorrow)\\b.*")) {
        return true;
      }
      if (day(t).isPresent()) {
        if (dayOf(times.indexOf(t)).isAfter(published)) {
          return true; // a day, as the verb's tense places it
        }
        continue;
      }
      String v = t.value() == null ? "" : t.value();
      if (v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
          && v.compareTo(published.toString().substring(0, v.length())) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day a time expression names. SUTime puts a weekday named alone in the publication's week,
   * and a day of a month without its year in the nearer year; news means the one the verb's tense
   * points to: "met on Tuesday" in a Monday paper is the Tuesday before, "will meet on Monday" in a
   * Wednesday paper the Monday after, "will meet on November 5" in a May paper the November to
   * come.
   */
  public LocalDate dayOf(int timeIndex) {
    TimeExpression t = text.times().get(timeIndex);
    LocalDate day = day(t).orElseThrow();
    String words = t.text().strip();
    boolean weekday = BARE_WEEKDAY.matcher(words).matches();
    if (!weekday && !MONTH_DAY.matcher(words).matches()) {
      return day;
    }
    // SUTime puts a day of a month written without its year in the nearer year ("November 5" in
    // a May paper is the November before); a verb's future says news means the one to come ("will
    // vote at a special meeting on November 5"). Not the other way: a past verb with a day of the
    // coming months is more often a verb the words of time do not hang on ("entered the debate …,
    // where voters will go to caucuses Feb. 1") than a meeting of last year.
    String tense = tenseAt(t);
    if (day.isAfter(published) && tense.equals("past") && weekday) {
      return day.minusWeeks(1);
    }
    if (day.isBefore(published) && tense.equals("future")) {
      return weekday ? day.plusWeeks(1) : day.plusYears(1);
    }
    return day;
  }

  /**
   * "past", "future" or "" for the verb a time expression hangs on: a past-tense verb or auxiliary
   * ("met", "was meeting", "had met"), or "will", "shall", "'ll".
   */
  private String tenseAt(TimeExpression t) {
    Sentence s = text.sentenceAt(t.begin());
    Deps d = new Deps(s);
    int k = -1;
    for (Token tok : s.tokens()) {
      if (tok.begin() < t.end()) {
        k = tok.index();
      }
    }
    for (int steps = 0; k >= 0 && steps < 4; steps++) {
      Token w = d.token(k);
      if (w.pos().startsWith("VB")) {
        List<Integer> aux = d.children(k, "aux");
        for (int a : aux) {
          String word = d.token(a).text().toLowerCase(java.util.Locale.ROOT);
          if (word.equals("will") || word.equals("shall") || word.equals("'ll")) {
            return "future";
          }
        }
        boolean pastAux = aux.stream().anyMatch(a -> d.token(a).pos().equals("VBD"));
        if (w.pos().equals("VB")
            && aux.isEmpty()
            && d.headRelation(k).startsWith("xcomp")
            && AHEAD.contains(d.token(d.head(k)).lemma())) {
          // "was scheduled to meet on Friday" looks back from the past
          int g = d.head(k);
          boolean pastPlan =
              d.token(g).pos().equals("VBD")
                  || d.children(g, "aux", "aux:pass").stream()
                      .anyMatch(a -> d.token(a).pos().equals("VBD"));
          return pastPlan ? "past" : "future";
        }
        return w.pos().equals("VBD") || pastAux ? "past" : "";
      }
      k = d.head(k);
    }
    return "";
  }

  public Span spanOf(int timeIndex) {
    TimeExpression t = text.times().get(timeIndex);
    return new Span(t.begin(), t.end());
  }
}
