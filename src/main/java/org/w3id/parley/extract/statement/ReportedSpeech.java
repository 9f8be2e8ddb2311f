package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Reported speech and quoted words inside clauses: "X said (that) …", "…, sources said", "according
 * to X, …", "X called Y a “…”", "Reid pounded Trump as a “con artist”". Speakers are found by
 * {@link Attribution}.
 */
final class ReportedSpeech {

  private final Attribution attribution;
  private final References refs;
  private final List<Span> quotes;
  private final AnnotatedText annotated;
  private final CueModel cues = CueModel.bundled();
  private final Contents contents;
  private final AccordingTo accordingTo;

  ReportedSpeech(Attribution attribution, Mentions mentions, References refs, List<Span> quotes) {
    this.attribution = attribution;
    this.refs = refs;
    this.quotes = quotes;
    this.annotated = mentions.annotated();
    this.contents = new Contents(quotes);
    this.accordingTo = new AccordingTo(refs, contents);
  }

  /**
   * Reported speech headed by token i: "X said (that) …" (the complement after the verb, however
   * the parser attached it), "…, X said" (the clause the verb hangs off), "according to X, …".
   */
  Optional<Attribution.Found> reported(Deps d, int i) {
    Token t = d.token(i);
    if (SpeechVerbs.isSpeechVerb(t, false)) {
      if (!d.children(i, "aux:pass").isEmpty()) {
        return Optional.empty(); // "is expected to", "was reported": no speaker to attribute
      }
      boolean naming = SpeechVerbs.isNaming(t.lemma());
      for (List<Integer> tokens : complements(d, i)) {
        if (!naming && tokens.stream().noneMatch(k -> d.token(k).pos().startsWith("VB"))) {
          continue; // a clause says something; "said on Morning Joe" does not
        }
        Optional<Span> content = contents.of(d, tokens, -1);
        if (content.isPresent()) {
          Attribution.Found f = attribution.around(d, i, content);
          if (f.speakerWords().isPresent()
              && !swallowsAttribution(content.get(), t, f.speakerWords().get())) {
            return Optional.of(f);
          }
        }
      }
      return Optional.empty();
    }
    if (t.pos().startsWith("VB")) {
      Optional<Attribution.Found> characterized = characterization(d, i);
      if (characterized.isPresent()) {
        return characterized;
      }
      Optional<CueModel.Candidate> learned = CueModel.candidate(d, i).filter(cues::accepts);
      if (learned.isPresent()) {
        return learned(d, t, learned.get());
      }
    }
    return accordingTo.of(d, i);
  }

  /** "Smith praised the plan": a verb the learned model takes for reported speech. */
  private Optional<Attribution.Found> learned(Deps d, Token t, CueModel.Candidate c) {
    Optional<Span> content = contents.of(d, c.content(), -1);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    Attribution.Found f = attribution.around(d, t.index(), content);
    boolean said =
        f.speakerWords().isPresent()
            && !swallowsAttribution(content.get(), t, f.speakerWords().get());
    return said ? Optional.of(f) : Optional.empty();
  }

  /**
   * A quote that is part of a clause, "Cruz called Trump a “pathological liar”", "Trump attacked
   * “the hateful ideology …”": the clause's subject said it, and the content runs from after the
   * verb to the end of the quote.
   */
  Optional<Attribution.Found> clauseOf(Span quote) {
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
        while (from < s.tokens().size() && Contents.isEdgeNoise(d.token(from))) {
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
        Attribution.Found f = attribution.around(d, v, Optional.of(content));
        return f.speakerWords().isPresent() ? Optional.of(f) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "Reid has been pounding Trump as a “con artist”": a verb whose object is cast "as" a quoted
   * phrase attributes that characterisation to its subject.
   */
  private Optional<Attribution.Found> characterization(Deps d, int i) {
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
    Attribution.Found f = attribution.around(d, i, Optional.of(content));
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
    boolean naming = SpeechVerbs.isNaming(lemma);
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
      // a loose "dep" is content unless it is another attribution ("…, Lavrov said, reported TASS")
      boolean loose = rel.equals("dep") && !SpeechVerbs.isSpeechVerb(d.token(k), false);
      if (k > i && (clausal || objectClause || named || loose)) {
        right.addAll(d.subtree(k, x -> true));
      }
    }
    if (!right.isEmpty()) {
      // A verb with words after it says those (if they are mostly quoted, the quote is the
      // statement), never the clause it hangs off: "tried to expand on it, saying that …".
      out.add(new ArrayList<>(right));
      return out;
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
}
