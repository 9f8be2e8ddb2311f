package org.w3id.parley.extract.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds who said what. Direct speech: each quoted passage of four words or more, attributed to the
 * nearest speech verb outside quotes in the sentences around it ("…,” Lavrov said", "…,” added
 * Lavrov", "Lavrov told Aliyev: “…”"); a quote interrupted by its attribution is one statement. A
 * quote no verb attributes takes the clause that introduces it or the speaker who goes on ({@link
 * QuoteSpeaker}). Reported speech: a speech verb with a content clause ("Lavrov said he shared…",
 * "according to X, …"), or a verb the learned {@link CueModel} accepts ("Lavrov praised the plan").
 * Speakers resolve through pronouns, titles and descriptions to persons, organisations and
 * countries.
 */
public final class StatementExtractor {
  static final int MIN_QUOTE_WORDS = 4;
  private static final int MAX_ADJACENT_GAP = 40;
  private static final int MIN_UTTERANCE_WORDS = 10;

  private final Mentions mentions;
  private final References refs;
  private final Dates dates;
  private final List<Span> quotes;
  private final LocalDate published;
  private final String text;
  private final Attribution attribution;
  private final ReportedSpeech reportedSpeech;
  private final QuoteSpeaker quoteSpeaker;
  private final QuoteClause quoteClause;
  private final InterviewTurns turns;

  public StatementExtractor(
      Mentions mentions, References refs, List<Span> quotes, LocalDate published) {
    this.mentions = mentions;
    this.refs = refs;
    this.quotes = quotes;
    this.published = published;
    this.text = mentions.text();
    this.dates = new Dates(mentions.annotated(), published);
    this.attribution = new Attribution(mentions, refs, quotes);
    this.reportedSpeech = new ReportedSpeech(attribution, mentions, refs, quotes);
    this.quoteSpeaker = new QuoteSpeaker(mentions, refs);
    this.quoteClause = new QuoteClause(mentions, refs);
    this.turns = new InterviewTurns(mentions);
  }

  public List<Statement> extract() {
    List<Statement> out = new ArrayList<>(Transcripts.find(mentions, published));
    List<Span> spoken = out.stream().map(st -> st.evidence().sentence()).toList();
    List<Attribution.Found> attributed = new ArrayList<>();
    List<Statement> reported = reported(spoken, attributed);
    List<Span> reportedContent = reported.stream().map(st -> st.evidence().span()).toList();
    out.addAll(reported);
    Optional<Attribution.Found> previous = Optional.empty();
    int previousEnd = -1;
    for (List<Span> pieces : new QuoteGroups(mentions.annotated(), refs).group(quotes)) {
      Span first = pieces.get(0);
      Span last = pieces.get(pieces.size() - 1);
      Span whole = new Span(first.begin(), last.end());
      if (spoken.stream().anyMatch(sp -> sp.contains(first.begin()))) {
        continue; // inside a transcript line: the line's speaker said it
      }
      if (reportedContent.stream().anyMatch(c -> c.contains(whole))) {
        continue; // quoted words inside reported speech: "said that there were “thousands of
        // shootings”"
      }
      Optional<Attribution.Found> found =
          quoteSpeaker.dashSource(last).or(() -> attribution.forQuote(pieces));
      boolean phrase = QuoteFinder.words(text, whole) < MIN_QUOTE_WORDS || !utterance(whole);
      if (phrase && !adjacent(found, first, last)) {
        // Quoted words inside a clause: "Cruz called Trump a “pathological liar”".
        Optional<Attribution.Found> clause = reportedSpeech.clauseOf(whole);
        if (clause.isPresent()) {
          Span content = clause.get().content().orElseThrow();
          Sentence cs = clause.get().sentence();
          out.add(
              build(
                  content.of(text),
                  false,
                  content,
                  new Span(cs.begin(), cs.end()),
                  clause,
                  List.of(content)));
          continue;
        }
        Optional<Attribution.Found> reporter = quoteClause.embeddingClause(whole, true);
        if (QuoteFinder.words(text, whole) < MIN_QUOTE_WORDS && reporter.isEmpty()) {
          continue; // a scare-quoted word or phrase, not a statement
        }
        found = reporter.isPresent() ? reporter : found;
      }
      boolean said = utterance(whole);
      if (found.flatMap(Attribution.Found::speakerWords).isEmpty()
          || !quoteSpeaker.inQuoteSentences(found.get(), first, last)) {
        // "Lee opposed the plan: “…”" and "Lee described it as “…”" beat a speech verb in the next
        // sentence
        Optional<Attribution.Found> verb = found;
        found =
            (said ? quoteClause.introducedBy(first) : Optional.<Attribution.Found>empty())
                .or(() -> quoteClause.accordingTo(first, last))
                .or(() -> quoteClause.asClause(first))
                .or(() -> quoteClause.embeddingClause(whole, !said))
                .or(() -> verb);
      }
      if (found.flatMap(Attribution.Found::speakerWords).isEmpty()) {
        // the last speaker goes on, as news style lets them
        found =
            previous.isPresent() && quoteSpeaker.continuesPrevious(previousEnd, first)
                ? previous
                : said ? quoteSpeaker.paragraphSpeaker(attributed, first) : found;
      }
      if (found.flatMap(Attribution.Found::speakerWords).isEmpty() && said) {
        // "Clinton touted her credentials. “We need …”": the person the sentence before is about
        Optional<Attribution.Found> subject = quoteSpeaker.previousSubject(first);
        found = subject.isPresent() ? subject : found;
      }
      if (found.flatMap(Attribution.Found::speakerWords).isEmpty() && !utterance(whole)) {
        continue; // an unattributed phrase in quotation marks is a title or a scare quote
      }
      out.add(direct(pieces, found));
      if (found.flatMap(Attribution.Found::speaker).isPresent()) {
        previous = found;
        previousEnd = last.end();
        attributed.add(found.get());
      }
    }
    out.sort((a, b) -> a.evidence().span().compareTo(b.evidence().span()));
    // One statement per evidence span (two verbs can report the same content): the first wins.
    java.util.Map<Span, Statement> unique = new java.util.LinkedHashMap<>();
    out.forEach(st -> unique.putIfAbsent(st.evidence().span(), st));
    return new ArrayList<>(unique.values());
  }

  /**
   * Reported speech outside quotes and transcripts (a verb whose content is mostly quoted is a
   * direct quote).
   */
  private List<Statement> reported(List<Span> spoken, List<Attribution.Found> attributed) {
    List<Statement> out = new ArrayList<>();
    List<Integer> verbs = new ArrayList<>();
    for (Sentence s : mentions.annotated().sentences()) {
      Deps d = new Deps(s);
      for (Token t : s.tokens()) {
        if (refs.inQuote(t.begin()) || spoken.stream().anyMatch(sp -> sp.contains(t.begin()))) {
          continue;
        }
        Optional<Attribution.Found> f = reportedSpeech.reported(d, t.index());
        if (f.isPresent()) {
          out.add(indirect(d, f.get()));
          verbs.add(t.begin());
          attributed.add(f.get());
        }
      }
    }
    // "She said it underscores that …": the inner verb is part of what she said, not a second
    // statement.
    List<Statement> outer = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      int verb = verbs.get(i);
      boolean nested = false;
      for (int j = 0; j < out.size() && !nested; j++) {
        nested = j != i && out.get(j).evidence().span().contains(verb);
      }
      if (!nested) {
        outer.add(out.get(i));
      }
    }
    return outer;
  }

  /** Whether quoted words read as something said: a sentence, or a long passage, not a title. */
  private boolean utterance(Span quote) {
    String q = quote.of(text).strip();
    return QuoteFinder.words(text, quote) >= MIN_UTTERANCE_WORDS || q.matches("(?s).*[.!?…]$");
  }

  /** A short quote counts only with its speech verb right next to it: “I would,” Melanie said. */
  private boolean adjacent(Optional<Attribution.Found> found, Span first, Span last) {
    if (found.isEmpty() || found.get().speakerWords().isEmpty()) {
      return false;
    }
    Token verb = found.get().sentence().tokens().get(found.get().verb());
    int gap = verb.begin() >= last.end() ? verb.begin() - last.end() : first.begin() - verb.end();
    return gap >= 0 && gap <= MAX_ADJACENT_GAP;
  }

  private Statement direct(List<Span> pieces, Optional<Attribution.Found> found) {
    Span first = pieces.get(0);
    Span last = pieces.get(pieces.size() - 1);
    Span whole = new Span(first.begin(), last.end());
    StringBuilder quote = new StringBuilder();
    for (Span p : pieces) {
      quote.append(quote.length() == 0 ? "" : " … ").append(p.of(text).strip());
    }
    Sentence s1 = mentions.annotated().sentenceAt(whole.begin());
    Sentence s2 = mentions.annotated().sentenceAt(Math.max(whole.begin(), whole.end() - 1));
    Span sentence = new Span(Math.min(s1.begin(), whole.begin()), Math.max(s2.end(), whole.end()));
    if (found.isPresent()) {
      Span v = found.get().speakerWords().orElse(whole);
      sentence =
          new Span(
              Math.min(sentence.begin(), v.begin()),
              Math.max(sentence.end(), found.get().sentence().end()));
    }
    return build(quote.toString(), true, whole, sentence, found, pieces);
  }

  private Statement indirect(Deps d, Attribution.Found f) {
    Span content = f.content().orElseThrow();
    Span sentence = new Span(d.sentence().begin(), d.sentence().end());
    return build(content.of(text), false, content, sentence, Optional.of(f), List.of(content));
  }

  private Statement build(
      String quote,
      boolean direct,
      Span evidence,
      Span sentence,
      Optional<Attribution.Found> f,
      List<Span> pieces) {
    Optional<EntityRef> speaker =
        f.flatMap(Attribution.Found::speaker)
            .or(() -> f.flatMap(Attribution.Found::speakerWords).flatMap(turns::speakerOf));
    Optional<Evidence> speakerMention =
        f.flatMap(Attribution.Found::speakerWords).map(w -> new Evidence(w, sentenceAround(w)));
    Set<EntityRef> addressees = f.map(Attribution.Found::addressees).orElse(Set.of());
    LocalDate date = f.flatMap(x -> dayNear(x.sentence(), x.verb())).orElse(published);
    Set<EntityRef> about = new LinkedHashSet<>();
    for (Mention m : mentions.all()) {
      if (pieces.stream().anyMatch(p -> p.contains(m.span()))
          && !speaker.map(m.ref()::equals).orElse(false)) {
        about.add(m.ref());
      }
    }
    return new Statement(
        speaker,
        quote,
        direct,
        Optional.of(date),
        addressees,
        about,
        new Evidence(evidence, sentence),
        speakerMention);
  }

  private Span sentenceAround(Span w) {
    Sentence s = mentions.annotated().sentenceAt(w.begin());
    return new Span(s.begin(), s.end());
  }

  /** A day named in the attribution's sentence outside quotes, nearest the verb. */
  private Optional<LocalDate> dayNear(Sentence s, int verb) {
    Optional<LocalDate> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int[] day : dates.daysIn(s)) {
      if (refs.inQuote(dates.spanOf(day[0]).begin())) {
        continue;
      }
      int distance = Math.abs(day[1] - verb);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = Optional.of(dates.dayOf(day[0]));
      }
    }
    return best;
  }
}
