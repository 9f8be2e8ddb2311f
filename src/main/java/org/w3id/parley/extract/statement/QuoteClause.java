package org.w3id.parley.extract.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds the speaker of a quote in the clause around it when no speech verb attributes it: the
 * clause a colon or comma closes before the quote ("Lee opposed the plan: “…”"), a name before a
 * colon ("Rep. Gowdy (R-S.C.): “…”"), an "according to" or "as X put it" phrase, or the clause the
 * quote is part of ("described the plan as “…”").
 *
 * <pre>{@code
 * QuoteClause clause = new QuoteClause(mentions, refs);
 * Optional<Attribution.Found> f = clause.introducedBy(first).or(() -> clause.asClause(first));
 * }</pre>
 */
final class QuoteClause {
  private static final int MAX_CLIMB = 4;
  private static final int EMBED_CLIMB = 3;

  private final Mentions mentions;
  private final References refs;
  private final AnnotatedText annotated;
  private final String text;

  QuoteClause(Mentions mentions, References refs) {
    this.mentions = mentions;
    this.refs = refs;
    this.annotated = mentions.annotated();
    this.text = mentions.text();
  }

  /**
   * The subject of the clause a colon or comma closes right before the quote: "Lee opposed the
   * plan: “…”". Only a subject that resolves to a person, organisation or country counts: "It was a
   * day like no other: “…”" is no attribution.
   */
  Optional<Attribution.Found> introducedBy(Span first) {
    int k = first.begin() - 1;
    while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || isQuoteMark(text.charAt(k)))) {
      k--;
    }
    if (k < 0 || (text.charAt(k) != ':' && text.charAt(k) != ',') || refs.inQuote(k)) {
      return Optional.empty();
    }
    Sentence s = annotated.sentenceAt(k);
    Deps d = new Deps(s);
    int punct = -1;
    for (Token t : s.tokens()) {
      if (t.begin() == k) {
        punct = t.index();
      }
    }
    int v = punct < 0 ? -1 : d.head(punct);
    for (int steps = 0; v >= 0 && steps < MAX_CLIMB; steps++, v = d.head(v)) {
      // the parser may hang the comma on the quote ("He answered, “I have no idea.”"): go up
      boolean before = d.token(v).begin() < k && !refs.inQuote(d.token(v).begin());
      if (before && d.token(v).pos().startsWith("VB")) {
        Optional<Attribution.Found> subject = subjectOf(d, v);
        // "Clinton, exasperated, famously responded:", "Trump leaned in and boomed:": the parser
        // hung a verb without a subject of its own on the clause before, whose subject speaks
        for (int u = v, up = 0; subject.isEmpty() && up < MAX_CLIMB && subjectless(d, u); up++) {
          u = d.headRelation(u).matches("dep|conj.*|advcl.*|xcomp") ? d.head(u) : -1;
          if (u < 0 || !d.token(u).pos().startsWith("VB") || refs.inQuote(d.token(u).begin())) {
            break;
          }
          subject = subjectOf(d, u);
        }
        return subject.isPresent() || text.charAt(k) != ':'
            ? subject
            : nameBefore(d, punct, EntityKind.PERSON);
      }
    }
    return text.charAt(k) == ':' ? nameBefore(d, punct, null) : Optional.empty();
  }

  /**
   * "Rep. Trey Gowdy (R-S.C.): “…”", "doesn't surprise pollster Daron Shaw: “…”": the name that
   * ends right before the colon, as interviews and transcripts introduce a speaker; only a person
   * when the clause has a verb whose subject is someone else ("An aide told CNN: “…”").
   */
  private Optional<Attribution.Found> nameBefore(Deps d, int colon, EntityKind only) {
    if (colon < 0) {
      return Optional.empty();
    }
    int k = colon - 1;
    if (k >= 0 && d.token(k).text().equals(")")) {
      while (k >= 0 && !d.token(k).text().equals("(")) {
        k--;
      }
      k--;
    }
    Optional<Mention> m = k < 0 ? Optional.empty() : mentions.at(d.sentence().index(), k);
    boolean fits =
        m.isPresent()
            && m.get().last() == k
            && m.get().ref().kind() != EntityKind.PLACE
            && (only == null || m.get().ref().kind() == only);
    return fits
        ? Optional.of(
            new Attribution.Found(
                d.sentence(),
                k,
                Optional.of(m.get().ref()),
                Optional.of(m.get().span()),
                Set.of(),
                Optional.empty()))
        : Optional.empty();
  }

  /**
   * The subject of the clause a quote is part of: "The Trump campaign described Taylor as “just
   * another swamp bro …”", "Moore thanked him for “stepping up and taking action when Congress
   * won't.”". The quote's words hang on a verb outside it (through a noun or a preposition at
   * most); an active subject that resolves to a person, organisation or country said them. A
   * passive ("he was called a “socialist”") says nothing about who spoke. With {@code
   * reportingOnly}, for a short phrase, the verb must report speech ("vowed to “open up” libel
   * laws"), so a scare quote ("joined the “alt-right”") stays one.
   */
  Optional<Attribution.Found> embeddingClause(Span quote, boolean reportingOnly) {
    Sentence s = annotated.sentenceAt(quote.begin());
    Deps d = new Deps(s);
    int v = -1;
    for (Token t : s.tokens()) {
      int h = d.head(t.index());
      if (quote.contains(t.begin()) && h >= 0 && !quote.contains(d.token(h).begin())) {
        v = h;
        break;
      }
    }
    for (int steps = 0; v >= 0 && steps < EMBED_CLIMB; steps++, v = d.head(v)) {
      if (refs.inQuote(d.token(v).begin())) {
        return Optional.empty();
      }
      if (d.token(v).pos().startsWith("VB")) {
        if (reportingOnly && !reports(d, v)) {
          return Optional.empty();
        }
        if (!d.children(v, "aux:pass").isEmpty()) {
          return Optional.empty(); // "being dubbed the “presumptive nominee”"
        }
        // "said that Rubio was “a total lightweight”": the quote is the reporter's, not the
        // subject's of the clause reported
        while (d.headRelation(v).matches("ccomp|parataxis.*")
            && d.head(v) >= 0
            && d.token(d.head(v)).pos().startsWith("VB")
            && !refs.inQuote(d.token(d.head(v)).begin())) {
          v = d.head(v);
        }
        int governing = SourceWords.governing(d, v);
        boolean hasSubject = !d.children(v, "nsubj").isEmpty();
        if (d.headRelation(v).startsWith("acl:relcl")) {
          return Optional.empty(); // "the policies Palin has campaigned against, “big government”"
        }
        if (!hasSubject && d.headRelation(v).startsWith("acl") && d.head(v) >= 0) {
          // "with Steve Scalise calling the inquiry “Soviet-style”": the noun the participle
          // describes
          return party(d, d.head(v), v);
        }
        int speaking = hasSubject || governing < 0 ? v : governing;
        Optional<Attribution.Found> f = subjectOf(d, speaking);
        return f.isPresent() || !reports(d, v) ? f : sourceWords(d, speaking);
      }
    }
    return Optional.empty();
  }

  /**
   * “…,” according to eyewitness Vinnie DeVita; According to the newspaper, “…”: the source of an
   * "according to" phrase outside quotes in the quote's sentence, by its words if it is no entity.
   */
  Optional<Attribution.Found> accordingTo(Span first, Span last) {
    int a = annotated.sentenceAt(first.begin()).index();
    int b = annotated.sentenceAt(Math.max(first.begin(), last.end() - 1)).index();
    for (int si = a; si <= b; si++) {
      Deps d = new Deps(annotated.sentences().get(si));
      for (Token t : d.sentence().tokens()) {
        int source = d.head(t.index());
        if (t.lemma().equals("accord")
            && !refs.inQuote(t.begin())
            && source >= 0
            && d.headRelationOf(source, t.index()).startsWith("case")) {
          Optional<Attribution.Found> f = party(d, source, source);
          return f.isPresent()
              ? f
              : Optional.of(
                  new Attribution.Found(
                      d.sentence(),
                      source,
                      Optional.empty(),
                      Optional.of(SourceWords.phrase(d, source)),
                      Set.of(),
                      Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "one lawmaker called Trump “the orange prince”": a reporting verb's subject that is no entity
   * still names the source by its words.
   */
  private static Optional<Attribution.Found> sourceWords(Deps d, int verb) {
    for (int k : SourceWords.subjects(d, verb)) {
      if (d.headRelationOf(verb, k).equals("nsubj") && !d.token(k).pos().equals("PRP")) {
        return SourceWords.sourceWords(d, k)
            .map(
                w ->
                    new Attribution.Found(
                        d.sentence(),
                        verb,
                        Optional.empty(),
                        Optional.of(w),
                        Set.of(),
                        Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /**
   * "As Vulture put it, “…”", "as The Hill pointed out, “…”": the subject of an "as" clause that
   * reports, before the quote in its sentence.
   */
  Optional<Attribution.Found> asClause(Span first) {
    Deps d = new Deps(annotated.sentenceAt(first.begin()));
    for (Token t : d.sentence().tokens()) {
      int v = t.index();
      boolean reporting =
          SpeechVerbs.isSpeech(t.lemma()) || t.lemma().equals("put") || t.lemma().equals("point");
      if (t.begin() < first.begin()
          && !refs.inQuote(t.begin())
          && reporting
          && d.children(v, "mark").stream().anyMatch(m -> d.token(m).lemma().equals("as"))) {
        Optional<Attribution.Found> f = subjectOf(d, v);
        return f.isPresent() ? f : sourceWords(d, v);
      }
    }
    return Optional.empty();
  }

  /** Token k as a speaker, if it resolves to a person, organisation or country. */
  private Optional<Attribution.Found> party(Deps d, int k, int verb) {
    List<Ref> r = refs.resolve(d, k);
    if (r.isEmpty() || r.get(0).entity().kind() == EntityKind.PLACE) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution.Found(
            d.sentence(),
            verb,
            Optional.of(r.get(0).entity()),
            Optional.of(r.get(0).words()),
            Set.of(),
            Optional.empty()));
  }

  /** A speech verb, or a verb the learned {@link CueModel} takes for reporting. */
  private static boolean reports(Deps d, int v) {
    return SpeechVerbs.isSpeech(d.token(v).lemma())
        || CueModel.candidate(d, v).map(CueModel.bundled()::accepts).orElse(false);
  }

  private Optional<Attribution.Found> subjectOf(Deps d, int verb) {
    for (int k : d.children(verb, "nsubj")) {
      if (d.headRelationOf(verb, k).startsWith("nsubj:pass")) {
        continue;
      }
      Optional<Attribution.Found> f = party(d, k, verb);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** Whether a verb has no subject but a wh-word ("for what happened"). */
  private static boolean subjectless(Deps d, int verb) {
    return d.children(verb, "nsubj").stream().allMatch(k -> d.token(k).pos().startsWith("W"));
  }

  private static boolean isQuoteMark(char c) {
    return c == '“' || c == '"' || c == '«' || c == '”' || c == '\'';
  }
}
