package org.w3id.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds who said what. Direct speech: each quoted passage of four words or more, attributed to the
 * nearest speech verb outside quotes in the sentences around it ("…,” Lavrov said", "…,” added
 * Lavrov", "Lavrov told Aliyev: “…”"); a quote interrupted by its attribution is one statement.
 * Reported speech: a speech verb with a content clause ("Lavrov said he shared…", "according to X,
 * …"). Speakers resolve through pronouns and titles to persons.
 */
final class StatementExtractor {
  private static final int MIN_QUOTE_WORDS = 4;
  private static final int MAX_INTERRUPTION = 90;

  private final Mentions mentions;
  private final References refs;
  private final Dates dates;
  private final List<Span> quotes;
  private final LocalDate published;
  private final String text;
  private final Attribution attribution;

  StatementExtractor(Mentions mentions, References refs, List<Span> quotes, LocalDate published) {
    this.mentions = mentions;
    this.refs = refs;
    this.quotes = quotes;
    this.published = published;
    this.text = mentions.text();
    this.dates = new Dates(mentions.annotated());
    this.attribution = new Attribution(mentions, refs, quotes);
  }

  List<Statement> extract() {
    List<Statement> out = new ArrayList<>();
    Set<String> usedVerbs = new LinkedHashSet<>();
    for (List<Span> pieces : groupQuotes()) {
      Optional<Attribution.Found> found = attribution.forQuote(pieces);
      found.ifPresent(f -> usedVerbs.add(f.sentence().index() + ":" + f.verb()));
      out.add(direct(pieces, found));
    }
    for (Sentence s : mentions.annotated().sentences()) {
      Deps d = new Deps(s);
      for (Token t : s.tokens()) {
        if (usedVerbs.contains(s.index() + ":" + t.index()) || refs.inQuote(t.begin())) {
          continue;
        }
        attribution.reported(d, t.index()).ifPresent(f -> out.add(indirect(d, f)));
      }
    }
    out.sort((a, b) -> a.evidence().span().compareTo(b.evidence().span()));
    return out;
  }

  /** Quotes worth a statement, with a quote split by its own attribution joined into one group. */
  private List<List<Span>> groupQuotes() {
    List<List<Span>> groups = new ArrayList<>();
    for (Span q : quotes) {
      if (QuoteFinder.words(text, q) < MIN_QUOTE_WORDS) {
        continue;
      }
      if (!groups.isEmpty()) {
        List<Span> last = groups.get(groups.size() - 1);
        Span prev = last.get(last.size() - 1);
        String gap = text.substring(prev.end(), q.begin());
        if (last.size() == 1
            && gap.length() <= MAX_INTERRUPTION
            && !gap.contains("\n")
            && attribution.hasSpeechVerb(prev.end(), q.begin())) {
          last.add(q);
          continue;
        }
      }
      groups.add(new ArrayList<>(List.of(q)));
    }
    return groups;
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
    Optional<EntityRef> speaker = f.flatMap(Attribution.Found::speaker);
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
