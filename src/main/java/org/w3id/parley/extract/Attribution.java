package org.w3id.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/** Finds the speech verb, speaker and addressee of a quote, and reported-speech clauses. */
final class Attribution {
  private static final double MAX_QUOTED_SHARE = 0.5;
  private static final int MIN_CONTENT_TOKENS = 3;

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

  private final Mentions mentions;
  private final References refs;
  private final List<Span> quotes;
  private final AnnotatedText annotated;

  Attribution(Mentions mentions, References refs, List<Span> quotes) {
    this.mentions = mentions;
    this.refs = refs;
    this.quotes = quotes;
    this.annotated = mentions.annotated();
  }

  /** Whether a speech verb lies between two offsets (the "he said" in “…,” he said, “…”). */
  boolean hasSpeechVerb(int from, int to) {
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= from && t.end() <= to && isSpeechVerb(t, true)) {
          return true;
        }
      }
    }
    return false;
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
        if (refs.inQuote(t.begin()) || !isSpeechVerb(t, true)) {
          continue;
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

  /**
   * Reported speech headed by token i: "X said (that) …" (the complement after the verb, however
   * the parser attached it), "…, X said" (the clause the verb hangs off), "according to X, …".
   */
  Optional<Found> reported(Deps d, int i) {
    Token t = d.token(i);
    if (isSpeechVerb(t, false)) {
      if (!d.children(i, "aux:pass").isEmpty()) {
        return Optional.empty(); // "is expected to", "was reported": no speaker to attribute
      }
      boolean naming = Lexicon.NAMING_VERBS.contains(t.lemma());
      for (List<Integer> tokens : complements(d, i)) {
        if (!naming && tokens.stream().noneMatch(k -> d.token(k).pos().startsWith("VB"))) {
          continue; // a clause says something; "said on Morning Joe" does not
        }
        Optional<Span> content = content(d, tokens, -1);
        if (content.isPresent()) {
          Found f = around(d, i, content);
          if (f.speakerWords().isPresent()
              && !swallowsAttribution(content.get(), t, f.speakerWords().get())) {
            return Optional.of(f);
          }
        }
      }
      return Optional.empty();
    }
    if (t.pos().startsWith("VB")) {
      Optional<Found> characterized = characterization(d, i);
      if (characterized.isPresent()) {
        return characterized;
      }
    }
    String rel = d.headRelation(i);
    if (rel.endsWith(":according_to") && d.head(i) >= 0) {
      int head = d.head(i);
      List<Integer> source = d.subtree(i, x -> true);
      List<Integer> rest = new ArrayList<>(d.subtree(head, x -> x.dependent() != i));
      rest.removeIf(k -> source.contains(k) || d.token(k).lemma().equals("accord"));
      Optional<Span> content = content(d, rest, i);
      List<Ref> who = refs.resolve(d, i);
      if (content.isPresent()) {
        // "according to exit polls": a source that is not an entity still names who says it.
        Optional<Span> words =
            who.isEmpty() ? Optional.of(phrase(d, i)) : Optional.of(who.get(0).words());
        Optional<EntityRef> entity =
            who.isEmpty() ? Optional.empty() : Optional.of(who.get(0).entity());
        return Optional.of(new Found(d.sentence(), i, entity, words, Set.of(), content));
      }
    }
    return Optional.empty();
  }

  /**
   * A quote that is part of a clause, "Cruz called Trump a “pathological liar”", "Trump attacked
   * “the hateful ideology …”": the clause's subject said it, and the content runs from after the
   * verb to the end of the quote.
   */
  Optional<Found> clauseOf(Span quote) {
    Sentence s = annotated.sentenceAt(quote.begin());
    Deps d = new Deps(s);
    int inside = -1;
    for (Token t : s.tokens()) {
      if (t.begin() >= quote.begin() && t.end() <= quote.end()) {
        inside = t.index();
        break;
      }
    }
    if (inside < 0) {
      return Optional.empty();
    }
    int v = d.head(inside);
    for (int steps = 0; v >= 0 && steps < 6; steps++, v = d.head(v)) {
      Token verb = d.token(v);
      if (verb.pos().startsWith("VB")
          && verb.end() <= quote.begin()
          && !refs.inQuote(verb.begin())) {
        if (d.children(v, "nsubj").isEmpty() || !d.children(v, "aux:pass").isEmpty()) {
          return Optional.empty();
        }
        int from = v + 1;
        while (from < s.tokens().size() && isEdgeNoise(d.token(from))) {
          from++;
        }
        int to = quote.end();
        for (int k :
            d.subtree(v, e -> !e.relation().startsWith("nsubj") && !e.relation().equals("punct"))) {
          if (k > v && d.token(k).begin() >= quote.begin()) {
            to = Math.max(to, d.token(k).end());
          }
        }
        if (from >= s.tokens().size() || d.token(from).begin() > quote.begin()) {
          return Optional.empty();
        }
        Span content =
            new Span(d.token(from).begin(), Math.max(quote.end(), Math.min(to, s.end())));
        Found f = around(d, v, Optional.of(content));
        return f.speakerWords().isPresent() ? Optional.of(f) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Limits a clause's content to the quote it holds (plus anything quoted right after it in the
   * same phrase).
   */
  private static int nextQuoteEnd(Span quote, int tokenEnd) {
    return tokenEnd;
  }

  /**
   * "Reid has been pounding Trump as a “con artist”": a verb whose object is cast "as" a quoted
   * phrase attributes that characterisation to its subject.
   */
  private Optional<Found> characterization(Deps d, int i) {
    List<Integer> as = d.children(i, "obl:as");
    List<Integer> obj = d.children(i, "obj");
    if (as.isEmpty() || obj.isEmpty() || !d.children(i, "aux:pass").isEmpty()) {
      return Optional.empty();
    }
    java.util.TreeSet<Integer> tokens = new java.util.TreeSet<>(d.subtree(obj.get(0), x -> true));
    List<Integer> asTokens = d.subtree(as.get(0), x -> true);
    boolean quoted = asTokens.stream().anyMatch(k -> refs.inQuote(d.token(k).begin()));
    if (!quoted || obj.get(0) < i || as.get(0) < i) {
      return Optional.empty();
    }
    tokens.addAll(asTokens);
    Span content = new Span(d.token(tokens.first()).begin(), d.token(tokens.last()).end());
    Found f = around(d, i, Optional.of(content));
    return f.speakerWords().isPresent() ? Optional.of(f) : Optional.empty();
  }

  /**
   * Whether a content span wrongly holds its own attribution ("who has pledged to ban …"). Content
   * interrupted by its attribution ("The museum, Mr. Obama said, would …") starts before it and is
   * fine.
   */
  private static boolean swallowsAttribution(Span content, Token verb, Span speaker) {
    boolean holds = content.contains(verb.begin()) || content.overlaps(speaker);
    return holds && content.begin() >= Math.min(verb.begin(), speaker.begin());
  }

  /** Candidate content token sets for speech verb i, best first. */
  private static List<List<Integer>> complements(Deps d, int i) {
    List<List<Integer>> out = new ArrayList<>();
    String lemma = d.token(i).lemma();
    boolean tell = Set.of("tell", "ask", "urge", "warn").contains(lemma);
    boolean naming = Lexicon.NAMING_VERBS.contains(lemma);
    // After the verb: its clausal complement, or whatever the parser made of it ("says there needs
    // to be …").
    java.util.TreeSet<Integer> right = new java.util.TreeSet<>();
    for (var e : d.children(i)) {
      String rel = e.relation();
      int k = e.dependent();
      boolean clausal =
          rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("parataxis");
      boolean objectClause = rel.equals("obj") && !tell && hasVerb(d, k);
      // "called Putin a strong leader", "described the plan as a scam", "called for a ceasefire"
      boolean named =
          naming && (rel.equals("obj") || rel.startsWith("obl:as") || rel.startsWith("obl:for"));
      if (k > i && (clausal || objectClause || named || rel.equals("dep"))) {
        right.addAll(d.subtree(k, x -> true));
      }
    }
    if (!right.isEmpty()) {
      out.add(new ArrayList<>(right));
    }
    // Before the verb: "…, sources said" parsed as ccomp(said, …).
    for (int k : d.children(i, "ccomp")) {
      if (k < i) {
        out.add(d.subtree(k, x -> true));
      }
    }
    // The verb hangs off the content: "Lenox was a juggernaut, Mr. Clarke said, until …".
    String rel = d.headRelation(i);
    if (d.head(i) >= 0
        && (rel.startsWith("parataxis") || rel.equals("dep") || rel.startsWith("advcl"))) {
      List<Integer> mine = d.subtree(i, x -> true);
      List<Integer> rest = new ArrayList<>(d.subtree(d.head(i), x -> true));
      rest.removeAll(mine);
      out.add(rest);
    }
    return out;
  }

  private static boolean hasVerb(Deps d, int k) {
    for (int x : d.subtree(k, e -> !e.relation().startsWith("acl"))) {
      if (d.token(x).pos().startsWith("VB") && x != k) {
        return true;
      }
    }
    return d.token(k).pos().startsWith("VB");
  }

  private Optional<Span> content(Deps d, List<Integer> tokens, int exclude) {
    List<Integer> kept = new ArrayList<>(tokens);
    kept.removeIf(k -> k == exclude);
    while (!kept.isEmpty() && isEdgeNoise(d.token(kept.get(0)))) {
      kept.remove(0);
    }
    while (!kept.isEmpty() && isEdgeNoise(d.token(kept.get(kept.size() - 1)))) {
      kept.remove(kept.size() - 1);
    }
    if (kept.size() < MIN_CONTENT_TOKENS) {
      return Optional.empty();
    }
    Span span = new Span(d.token(kept.get(0)).begin(), d.token(kept.get(kept.size() - 1)).end());
    int quoted = 0;
    for (Span q : quotes) {
      if (q.overlaps(span)) {
        quoted += Math.min(q.end(), span.end()) - Math.max(q.begin(), span.begin());
      }
    }
    if (quoted > MAX_QUOTED_SHARE * (span.end() - span.begin())) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  private static boolean isEdgeNoise(Token t) {
    return t.pos().equals(",")
        || t.pos().equals(".")
        || t.pos().equals(":")
        || t.pos().equals("``")
        || t.pos().equals("''")
        || (t.lemma().equals("that") && t.pos().equals("IN"))
        || t.lemma().equals("to");
  }

  private Found around(Deps d, int verb, Optional<Span> content) {
    Optional<Ref> speaker = speaker(d, verb).filter(r -> r.entity().kind() != EntityKind.PLACE);
    Optional<Span> words = speaker.map(Ref::words).or(() -> subjectWords(d, verb));
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
    for (int k : d.children(verb, "nsubj")) {
      if (!d.headRelationOf(verb, k).startsWith("nsubj:pass")) {
        List<Ref> r = refs.resolve(d, k);
        if (!r.isEmpty()) {
          return Optional.of(relativeWords(d, k, verb, r.get(0)));
        }
      }
    }
    for (int k : d.children(verb, "obj", "xcomp", "dep", "appos", "nsubj:pass", "obl:agent")) {
      if (k > verb) {
        Optional<Mention> m = mentions.at(d.sentence().index(), k);
        if (m.isPresent()
            && m.get().ref().kind() != EntityKind.PLACE
            && !d.token(verb).lemma().equals("tell")) {
          return Optional.of(new Ref(m.get().ref(), m.get().span()));
        }
      }
    }
    if (verb + 1 < d.size()) {
      Optional<Mention> next = mentions.at(d.sentence().index(), verb + 1);
      if (next.isPresent()
          && next.get().ref().kind() == EntityKind.PERSON
          && d.children(verb, "nsubj").isEmpty()) {
        return Optional.of(new Ref(next.get().ref(), next.get().span()));
      }
    }
    int head = governing(d, verb);
    return head >= 0 ? speakerOfHead(d, head) : Optional.empty();
  }

  /**
   * The verb whose subject a subjectless speech verb shares: its head for "…and added", "…, saying"
   * (the sentence's main verb when a participle was attached lower down), else -1.
   */
  private static int governing(Deps d, int verb) {
    String rel = d.headRelation(verb);
    int head = d.head(verb);
    if (head < 0) {
      return -1;
    }
    if (d.token(verb).pos().equals("VBG") && (rel.equals("dep") || rel.startsWith("advcl"))) {
      for (var e : d.sentence().dependencies()) {
        if (e.governor() < 0
            && e.dependent() < verb
            && !d.children(e.dependent(), "nsubj").isEmpty()) {
          return e.dependent();
        }
      }
    }
    return rel.startsWith("conj") || rel.startsWith("xcomp") || rel.startsWith("advcl") ? head : -1;
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
    }
    return Optional.empty();
  }

  /**
   * The words of an unresolved subject ("officials", "the ministry"), so evaluation can still see
   * the source.
   */
  private Optional<Span> subjectWords(Deps d, int verb) {
    for (int k : d.children(verb, "nsubj")) {
      return Optional.of(phrase(d, k));
    }
    // "it attacked Trump, saying …": the subject of the verb that "saying" depends on.
    int head = governing(d, verb);
    if (head >= 0) {
      for (int k : d.children(head, "nsubj")) {
        return Optional.of(phrase(d, k));
      }
    }
    return Optional.empty();
  }

  /** The noun phrase headed by token k, without relative clauses and appositions. */
  private static Span phrase(Deps d, int k) {
    List<Integer> np =
        d.subtree(k, x -> !x.relation().startsWith("acl") && !x.relation().startsWith("appos"));
    return new Span(d.token(np.get(0)).begin(), d.token(np.get(np.size() - 1)).end());
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

  static boolean isSpeechVerb(Token t, boolean forQuote) {
    return t.pos().startsWith("VB")
        && Lexicon.SPEECH_VERBS.contains(t.lemma())
        && !(forQuote && Lexicon.INDIRECT_ONLY.contains(t.lemma()));
  }
}
