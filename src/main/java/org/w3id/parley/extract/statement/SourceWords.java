package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.extract.text.WordList;

/**
 * Where a speech verb's speaker is in the parse, and the words that name a source when no entity
 * does ("officials", "a Democratic strategist", "RIAA's notice"): the verb's subjects, the verb
 * whose subject a participle shares, and a text that speaks for its author ({@code
 * source-nouns.tsv}).
 */
final class SourceWords {
  private static final Set<String> SOURCE_NOUNS =
      Set.copyOf(WordList.words(SourceWords.class, "source-nouns.tsv"));

  private static final int MAX_ADDING_GAP = 3;

  private final References refs;

  SourceWords(References refs) {
    this.refs = refs;
  }

  /**
   * A verb's subjects, nearest first: when the parser gives two ("Cruz, Blackwell wrote “…”"), the
   * one next to the verb is the speaker.
   */
  static List<Integer> subjects(Deps d, int verb) {
    List<Integer> out = new ArrayList<>(d.children(verb, "nsubj"));
    out.sort(java.util.Comparator.comparingInt(k -> Math.abs(k - verb)));
    return out;
  }

  /**
   * The verb whose subject a subjectless speech verb shares: its head for "…and added", "…, saying"
   * (the sentence's main verb when a participle was attached lower down), else -1.
   */
  static int governing(Deps d, int verb) {
    String rel = d.headRelation(verb);
    int head = d.head(verb);
    if (head < 0) {
      return -1;
    }
    // "released a statement saying …", "explained the decision to ban the players saying, …": a
    // participle hung on a noun (acl) still speaks for the main clause's subject.
    boolean participle = rel.equals("dep") || rel.startsWith("advcl") || rel.equals("acl");
    if (d.token(verb).pos().equals("VBG")) {
      // "…, Spicer said, adding, “…”": the speech verb right before, whatever the parser made
      // the root of the sentence
      for (int k = verb - 1; k >= 0 && k >= verb - MAX_ADDING_GAP; k--) {
        if (d.token(k).pos().matches("''|``")) {
          break;
        }
        if (SpeechVerbs.isSpeechVerb(d.token(k), false) && !d.children(k, "nsubj").isEmpty()) {
          return k;
        }
      }
    }
    if (d.token(verb).pos().equals("VBG") && participle) {
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
   * The author of a text that speaks for them: "RIAA's notice alleged", "a statement from the
   * ministry said", "the White House statement said" (nouns in {@code source-nouns.tsv}); the words
   * are the whole phrase.
   */
  Optional<Ref> author(Deps d, int k) {
    if (!SOURCE_NOUNS.contains(d.token(k).lemma()) || !d.token(k).pos().startsWith("NN")) {
      return Optional.empty();
    }
    for (int o :
        d.children(k, "nmod:poss", "nmod:from", "nmod:by", "nmod:of", "nmod:for", "compound")) {
      for (Ref r : refs.resolve(d, o)) {
        if (r.entity().kind() != EntityKind.PLACE) {
          return Optional.of(new Ref(r.entity(), phrase(d, k)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The words of an unresolved subject ("officials", "the ministry"), so evaluation can still see
   * the source.
   */
  Optional<Span> subjectWords(Deps d, int verb, boolean forQuote) {
    for (int k : subjects(d, verb)) {
      if (!refs.inQuote(d.token(k).begin())) {
        return sourceWords(d, k);
      }
    }
    // "“…,” said a Democratic strategist": the parser makes the inverted subject an object.
    boolean afterQuote = forQuote && verb > 0 && d.token(verb - 1).pos().matches("''|,");
    for (int k : afterQuote ? d.children(verb, "obj", "xcomp", "dep") : List.<Integer>of()) {
      boolean next = d.subtree(k, x -> true).get(0) == verb + 1;
      if (next && d.token(k).pos().startsWith("NN") && !d.token(verb).lemma().equals("tell")) {
        return Optional.of(phrase(d, k));
      }
    }
    // "it attacked Trump, saying …": the subject of the verb that "saying" depends on.
    int head = governing(d, verb);
    if (head >= 0) {
      for (int k : d.children(head, "nsubj")) {
        return sourceWords(d, k);
      }
    }
    return Optional.empty();
  }

  /**
   * The words of a subject that can name a source: a noun phrase ("officials", "a new poll",
   * "many"), not what a misparse makes a subject ("Contacted by POLITICO,", "according to
   * documents").
   */
  static Optional<Span> sourceWords(Deps d, int k) {
    boolean head = d.token(k).pos().matches("NN.*|PRP|CD|DT|WP|JJ.*");
    int first = d.subtree(k, x -> true).get(0);
    boolean opens = !d.token(first).pos().matches("VB.*|IN|TO|,");
    return head && opens ? Optional.of(phrase(d, k)) : Optional.empty();
  }

  /**
   * The noun phrase headed by token k, without relative clauses, appositions and the commas that
   * set them off, nor a loose "dep" (how the parser sometimes hangs a relative clause, "a
   * strategist who asked …") unless it is a name ("Her rival Tom Brown").
   */
  static Span phrase(Deps d, int k) {
    List<Integer> np =
        d.subtree(
            k,
            x ->
                !x.relation().startsWith("acl")
                    && !x.relation().startsWith("appos")
                    && !x.relation().equals("punct")
                    && !(x.relation().equals("dep") && !d.token(x.dependent()).isProperNoun()));
    return new Span(d.token(np.get(0)).begin(), d.token(np.get(np.size() - 1)).end());
  }
}
