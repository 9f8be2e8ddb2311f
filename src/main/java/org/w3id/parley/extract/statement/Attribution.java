package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** Finds the speech verb, speaker and addressee of a quote, and reported-speech clauses. */
final class Attribution {

  /**
   * An attribution.
   *
   * @param sentence the sentence of the speech verb
   * @param verb the speech verb's token index (or the "according to" source's)
   * @param speaker the speaker, if resolved
   * @param speakerWords the words that name the speaker here
   * @param addressees whom the words were addressed to
   * @param content for reported speech, the content span
   */
  record Found(
      Sentence sentence,
      int verb,
      Optional<EntityRef> speaker,
      Optional<Span> speakerWords,
      Set<EntityRef> addressees,
      Optional<Span> content) {}

  private static final int MAX_NAME_DISTANCE = 5;

  private final Mentions mentions;
  private final References refs;
  private final SourceWords sources;
  private final List<Span> quotes;
  private final AnnotatedText annotated;
  private final AfterQuote afterQuote;
  private final NamesBesideVerb besideVerb;

  Attribution(Mentions mentions, References refs, List<Span> quotes) {
    this.mentions = mentions;
    this.refs = refs;
    this.sources = new SourceWords(refs);
    this.quotes = quotes;
    this.annotated = mentions.annotated();
    this.afterQuote = new AfterQuote(mentions, refs);
    this.besideVerb = new NamesBesideVerb(mentions);
  }

  Optional<Found> forQuote(List<Span> pieces) {
    Span first = pieces.get(0);
    Span last = pieces.get(pieces.size() - 1);
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    int own = annotated.sentenceAt(first.begin()).index();
    int ownLast = annotated.sentenceAt(Math.max(first.begin(), last.end() - 1)).index();
    for (Sentence s : candidateSentences(first, last)) {
      Deps d = new Deps(s);
      // A verb in the quote's own sentences beats one in the sentence before or after.
      int penalty = s.index() < own || s.index() > ownLast ? 1000 : 0;
      for (Token t : s.tokens()) {
        if (refs.inQuote(t.begin())
            || !(SpeechVerbs.isSpeechVerb(t, true) || afterQuote.tagsQuote(d, t.index(), last))) {
          continue;
        }
        if (s.index() > ownLast && reportsOwnClause(d, t.index())) {
          continue; // "“…”  Pierce then explained he was …": a statement of its own
        }
        int distance =
            t.begin() >= last.end()
                ? t.begin() - last.end()
                : t.end() <= first.begin() ? first.begin() - t.end() : 0;
        distance += penalty;
        Found f = around(d, t.index(), Optional.empty());
        if (f.speakerWords().isPresent()) {
          distance -= 1; // an attribution with a subject beats a bare verb at the same distance
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = f;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a speech verb reports a clause of its own outside quotes ("explained he was …"). */
  private boolean reportsOwnClause(Deps d, int verb) {
    for (int k : d.children(verb, "ccomp")) {
      if (k > verb && !refs.inQuote(d.token(k).begin())) {
        return true;
      }
    }
    return false;
  }

  Found around(Deps d, int verb, Optional<Span> content) {
    Optional<Ref> speaker = speaker(d, verb).filter(r -> r.entity().kind() != EntityKind.PLACE);
    Optional<Span> words =
        speaker.map(Ref::words).or(() -> sources.subjectWords(d, verb, content.isEmpty()));
    Set<EntityRef> addressees = new LinkedHashSet<>();
    List<Integer> targets =
        d.token(verb).lemma().equals("tell")
            ? d.children(verb, "obj", "iobj", "xcomp", "dep")
            : d.children(verb, "obl:to");
    for (int k : targets) {
      if (k > verb || !d.token(verb).lemma().equals("tell")) {
        for (Ref r : refs.resolveWithConjuncts(d, k)) {
          boolean party =
              r.entity().kind() != EntityKind.PLACE; // one speaks to people, not to a city
          if (party && (speaker.isEmpty() || !speaker.get().entity().equals(r.entity()))) {
            addressees.add(r.entity());
          }
        }
      }
    }
    return new Found(d.sentence(), verb, speaker.map(Ref::entity), words, addressees, content);
  }

  /**
   * The speaker of a speech verb: its subject, an inverted subject ("added Lavrov"), or a governing
   * verb's.
   */
  private Optional<Ref> speaker(Deps d, int verb) {
    for (int k : SourceWords.subjects(d, verb)) {
      // the parser can make a quote's first word the subject of the verb after it ("“We have
      // worked …,” said the agency"): words inside a quote never name its speaker
      if (!d.headRelationOf(verb, k).startsWith("nsubj:pass")
          && !refs.inQuote(d.token(k).begin())) {
        List<Ref> r = refs.resolve(d, k);
        if (!r.isEmpty()) {
          return Optional.of(relativeWords(d, k, verb, r.get(0)));
        }
        Optional<Ref> author = sources.author(d, k);
        if (author.isPresent()) {
          return author;
        }
        Optional<Ref> named = besideVerb.beforeTitle(d, k);
        if (named.isPresent()) {
          return named;
        }
        Optional<Ref> office = refs.officeHolder(d, k);
        if (office.isPresent()) {
          return office; // "the French president said": France's, unnamed in the article
        }
      }
    }
    Optional<Ref> setOff = besideVerb.beforeVerb(d, verb);
    if (setOff.isPresent()) {
      return setOff;
    }
    // "saying the Sanders campaign was …": after a participle comes what was said, not who said it
    boolean participle = d.token(verb).pos().equals("VBG");
    for (int k : d.children(verb, "obj", "xcomp", "dep", "appos", "nsubj:pass", "obl:agent")) {
      if (k > verb && !participle) {
        Optional<Mention> m = mentions.at(d.sentence().index(), k);
        if (m.isPresent()
            && m.get().ref().kind() != EntityKind.PLACE
            && !d.token(verb).lemma().equals("tell")) {
          return Optional.of(new Ref(m.get().ref(), m.get().span()));
        }
      }
    }
    // not a participle: "Anderson said, adding that Sanders is “…”" names what was added after it
    boolean inverted =
        (verb == 0 || d.token(verb - 1).pos().matches("''|,"))
            && !participle
            && !Set.of("tell", "ask", "urge", "warn").contains(d.token(verb).lemma());
    boolean ownSubject =
        d.children(verb, "nsubj").stream().anyMatch(k -> !refs.inQuote(d.token(k).begin()));
    if (inverted && !ownSubject) {
      // "“…,” said Virginia delegate Beau Correll, angered …": the first person after the verb,
      // before the phrase ends, however the parser attached the name
      for (int k = verb + 1; k < d.size() && k <= verb + MAX_NAME_DISTANCE; k++) {
        if (d.token(k).pos().matches("[,.:;]|''|``")) {
          break;
        }
        Optional<Mention> next = mentions.at(d.sentence().index(), k);
        if (next.isPresent() && next.get().ref().kind() == EntityKind.PERSON) {
          return Optional.of(new Ref(next.get().ref(), next.get().span()));
        }
      }
      // "“…,” said the agency", "said the New York businessman": a description right after the
      // verb, which the parser makes its object, resolves as a subject would
      for (int k : d.children(verb, "obj", "dep", "nsubj:pass")) {
        if (d.subtree(k, x -> true).get(0) == verb + 1 && d.token(k).pos().startsWith("NN")) {
          Optional<Ref> r =
              refs.resolve(d, k).stream()
                  .filter(x -> x.entity().kind() != EntityKind.PLACE)
                  .findFirst();
          if (r.isEmpty()) {
            r = refs.officeHolder(d, k);
          }
          if (r.isPresent()) {
            return Optional.of(new Ref(r.get().entity(), SourceWords.phrase(d, k)));
          }
        }
      }
    }
    Optional<Ref> lead =
        ownSubject || participle ? Optional.empty() : afterQuote.nameAfterQuote(d, verb);
    if (lead.isPresent()) {
      return lead;
    }
    int head = SourceWords.governing(d, verb);
    return head >= 0 ? speakerOfHead(d, head) : Optional.empty();
  }

  /**
   * "Kamin, who said …": the enhanced graph makes the antecedent the subject; the words that
   * introduce the speaker in this attribution are the relative pronoun.
   */
  private static Ref relativeWords(Deps d, int subject, int verb, Ref ref) {
    for (int r : d.children(subject, "ref")) {
      if (r > subject && r < verb) {
        Token t = d.token(r);
        return new Ref(ref.entity(), new Span(t.begin(), t.end()));
      }
    }
    return ref;
  }

  private Optional<Ref> speakerOfHead(Deps d, int head) {
    for (int k : d.children(head, "nsubj")) {
      List<Ref> r = refs.resolve(d, k);
      if (!r.isEmpty()) {
        return Optional.of(r.get(0));
      }
      Optional<Ref> author = sources.author(d, k);
      if (author.isPresent()) {
        return author;
      }
    }
    return Optional.empty();
  }

  private List<Sentence> candidateSentences(Span first, Span last) {
    List<Sentence> all = annotated.sentences();
    Sentence a = annotated.sentenceAt(first.begin());
    Sentence b = annotated.sentenceAt(Math.max(first.begin(), last.end() - 1));
    Set<Sentence> out = new LinkedHashSet<>();
    if (a.index() > 0 && a.begin() >= first.begin() - 2) {
      Sentence prev = all.get(a.index() - 1);
      String tail = annotated.text().substring(prev.begin(), prev.end()).strip();
      if (tail.endsWith(":")) {
        out.add(prev);
      }
    }
    for (int k = a.index(); k <= b.index(); k++) {
      out.add(all.get(k));
    }
    boolean quoteEndsSentence =
        annotated.text().substring(last.end(), Math.max(last.end(), b.end())).strip().length() <= 2;
    if (quoteEndsSentence && b.index() + 1 < all.size()) {
      out.add(all.get(b.index() + 1));
    }
    return new ArrayList<>(out);
  }
}
