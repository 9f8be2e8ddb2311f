package org.w3id.parley.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
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
 * ― Karen Bobadilla"), or, in news style, the speaker of the paragraph or the one before it. The
 * clause around the quote is {@link QuoteClause}'s.
 */
final class QuoteSpeaker {
  private static final Pattern DASH_SOURCE =
      Pattern.compile(
          "^[”\"]?[\\s\\u00A0]*[―—–][\\s\\u00A0]*([A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3})");
  // "…"¶¶- Hillary Clinton.¶¶ and "…"¶¶- Michelle Marks, Philadelphia.¶¶: a hyphen for the dash,
  // but only on a short line that holds the name and, after a comma, where or how they said it
  private static final Pattern HYPHEN_LINE_SOURCE =
      Pattern.compile(
          "^[”\"]?[ \\u00A0]*\\n\\s*-[ \\u00A0]*([A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3}?)(?:,[^\\n.]{1,60})?\\.?[ \\u00A0]*(?:\\n|$)");
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
    String next = text.substring(after, Math.min(text.length(), after + 80));
    Matcher m = DASH_SOURCE.matcher(next);
    if (!m.find()) {
      m = HYPHEN_LINE_SOURCE.matcher(next);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    int end = after + m.end(1);
    while (end > after + m.start(1) + 1 && text.charAt(end - 1) == '.') {
      end--; // "- Clinton." names Clinton
    }
    Span name = new Span(after + m.start(1), end);
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

  /**
   * "Clinton touted her credentials as a co-sponsor of the bill. “We need to find ways …”": a quote
   * that opens a sentence right after a sentence of the same paragraph whose main clause has a
   * person as its subject, in news style the words of that person. Only a person: a company or a
   * country that acted just before a quote is no sign that it spoke it.
   */
  Optional<Attribution.Found> previousSubject(Span first) {
    Sentence s = annotated.sentenceAt(first.begin());
    if (s.index() == 0
        || !text.substring(s.begin(), first.begin()).replaceAll("[\\s“\"«']", "").isEmpty()) {
      return Optional.empty();
    }
    Sentence prev = annotated.sentences().get(s.index() - 1);
    String tail = text.substring(prev.begin(), prev.end()).strip();
    if (text.substring(prev.end(), s.begin()).contains("\n\n")
        || !tail.endsWith(".")
        || refs.inQuote(prev.begin())) {
      return Optional.empty();
    }
    Deps d = new Deps(prev);
    for (Token t : prev.tokens()) {
      int root = t.index();
      if (!d.headRelation(root).equals("root") || refs.inQuote(t.begin())) {
        continue;
      }
      for (int k : d.children(root, "nsubj")) {
        List<Ref> r =
            d.headRelationOf(root, k).startsWith("nsubj:pass") ? List.of() : refs.resolve(d, k);
        if (r.size() == 1 && r.get(0).entity().kind() == EntityKind.PERSON) {
          return Optional.of(
              new Attribution.Found(
                  prev,
                  root,
                  Optional.of(r.get(0).entity()),
                  Optional.of(r.get(0).words()),
                  Set.of(),
                  Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether offset {@code named} is before {@code quote} in the same paragraph. */
  private boolean sameParagraph(int named, int quote) {
    if (named < 0 || named > quote) {
      return false;
    }
    int breaks = text.indexOf("\n\n", named);
    return breaks < 0 || breaks >= quote;
  }
}
