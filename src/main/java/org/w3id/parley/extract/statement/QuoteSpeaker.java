package org.w3id.parley.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
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
 * Finds the speaker of a quote that no speech verb next to it attributes: a name after a dash ("“…”
 * ― Karen Bobadilla"), the clause that introduces the quote with a colon or comma ("Lee opposed the
 * plan: “…”", "Smith, also on Twitter, defended the decision, “…”"), or, in news style, the speaker
 * of the paragraph or the one before it.
 */
final class QuoteSpeaker {
  private static final Pattern DASH_SOURCE =
      Pattern.compile(
          "^[”\"]?[\\s\\u00A0]*[―—–][\\s\\u00A0]*([A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3})");
  private static final int MAX_CLIMB = 4;
  private static final int EMBED_CLIMB = 3;
  private static final int MAX_SAME_PARAGRAPH_GAP = 160;
  private static final int MAX_CONTINUATION = 600;

  private final Mentions mentions;
  private final References refs;
  private final AnnotatedText annotated;
  private final String text;

  QuoteSpeaker(Mentions mentions, References refs) {
    this.mentions = mentions;
    this.refs = refs;
    this.annotated = mentions.annotated();
    this.text = mentions.text();
  }

  /** “We need change.” ― Karen Bobadilla: the name after a dash that follows the quote. */
  Optional<Attribution.Found> dashSource(Span last) {
    int after = Math.min(text.length(), last.end() + 1);
    Matcher m = DASH_SOURCE.matcher(text.substring(after, Math.min(text.length(), after + 80)));
    if (!m.find()) {
      return Optional.empty();
    }
    Span name = new Span(after + m.start(1), after + m.end(1));
    Optional<EntityRef> who = mentions.speakerNamed(name, text);
    Sentence s = annotated.sentenceAt(name.begin());
    int token = 0;
    for (Token t : s.tokens()) {
      if (t.begin() <= name.begin()) {
        token = t.index();
      }
    }
    return Optional.of(
        new Attribution.Found(s, token, who, Optional.of(name), Set.of(), Optional.empty()));
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
   * The subject of the clause a quote is part of: “The Trump campaign described Taylor as “just
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
        return subjectOf(d, hasSubject || governing < 0 ? v : governing);
      }
    }
    return Optional.empty();
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
      List<Ref> r = refs.resolve(d, k);
      if (!r.isEmpty() && r.get(0).entity().kind() != EntityKind.PLACE) {
        return Optional.of(
            new Attribution.Found(
                d.sentence(),
                verb,
                Optional.of(r.get(0).entity()),
                Optional.of(r.get(0).words()),
                Set.of(),
                Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an attribution found for a quote lies in the sentences the quote spans (a speech verb
   * in the sentence before or after is weaker evidence than a clause that introduces the quote).
   */
  boolean inQuoteSentences(Attribution.Found f, Span first, Span last) {
    int a = annotated.sentenceAt(first.begin()).index();
    int b = annotated.sentenceAt(Math.max(first.begin(), last.end() - 1)).index();
    int own = f.sentence().index();
    return own >= a && own <= b;
  }

  /**
   * Whether a quote with no attribution of its own starts a paragraph soon after the last
   * attributed quote, which in news style means the same speaker goes on.
   */
  boolean continuesPrevious(int previousEnd, Span first) {
    if (previousEnd < 0 || first.begin() - previousEnd > MAX_CONTINUATION) {
      return false;
    }
    String gap = text.substring(previousEnd, first.begin());
    if (gap.length() <= MAX_SAME_PARAGRAPH_GAP
        && !gap.contains("\n\n")
        && gap.strip().matches("(?s).*[.!?][”\"']*\\s*[“\"']*")) {
      return true; // “…,” said Victor Cha. “But the problem is …”
    }
    int lineStart = text.lastIndexOf('\n', first.begin() - 1) + 1;
    return text.substring(lineStart, first.begin()).replaceAll("[\\s“\"«']", "").isEmpty();
  }

  /**
   * The speaker of a quote no verb or clause attributes: the one entity that attributions earlier
   * in the quote's paragraph name as a speaker, if there is exactly one (two people trading words
   * leave the quote unattributed rather than guessed). A speaker of the paragraph before counts
   * only through {@link #continuesPrevious}: on PolNeAR train, a quote in the middle of a paragraph
   * was the previous paragraph's speaker's in fewer than one case in four.
   *
   * @param attributed earlier attributions with a resolved speaker
   */
  Optional<Attribution.Found> paragraphSpeaker(List<Attribution.Found> attributed, Span first) {
    Attribution.Found latest = null;
    Set<EntityRef> speakers = new HashSet<>();
    for (Attribution.Found f : attributed) {
      int at = f.speakerWords().map(Span::begin).orElse(-1);
      if (f.speaker().isPresent() && sameParagraph(at, first.begin())) {
        speakers.add(f.speaker().get());
        if (latest == null || at > latest.speakerWords().orElseThrow().begin()) {
          latest = f;
        }
      }
    }
    return speakers.size() == 1 ? Optional.of(latest) : Optional.empty();
  }

  /** Whether offset {@code named} is before {@code quote} in the same paragraph. */
  private boolean sameParagraph(int named, int quote) {
    if (named < 0 || named > quote) {
      return false;
    }
    int breaks = text.indexOf("\n\n", named);
    return breaks < 0 || breaks >= quote;
  }

  private static boolean isQuoteMark(char c) {
    return c == '“' || c == '"' || c == '«' || c == '”' || c == '\'';
  }
}
