package org.w3id.parley.extract.statement;

import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * What the words right after a quote say about its attribution, whatever the parser made of them: a
 * verb there tags the quote even when no word list knows it (“…,” beamed Berg), and a name that
 * opens them, set off by a comma, is the speaker of the verb that follows (“…,” Ki Hong, 33, said).
 *
 * <pre>{@code
 * AfterQuote after = new AfterQuote(mentions, refs);
 * boolean tags = after.tagsQuote(d, verb, quote);
 * }</pre>
 */
final class AfterQuote {
  private static final int MAX_LEAD_DISTANCE = 25;

  private final Mentions mentions;
  private final References refs;
  private final String text;

  AfterQuote(Mentions mentions, References refs) {
    this.mentions = mentions;
    this.refs = refs;
    this.text = mentions.text();
  }

  /**
   * Whether verb v stands where only an attribution can: right after a quote that ends in a comma,
   * a question or an exclamation mark, with at most a short subject between (“…,” she quipped;
   * “Out!” the crowd yelled; “…,” reacted Trump). News tags a quote with any verb of speaking or
   * manner, more than a word list holds. "Be", "have" and "do" are no such verb (“…,” was another),
   * and a title in quotation marks ("the “Scandal” star said") ends in none of those marks.
   */
  boolean tagsQuote(Deps d, int v, Span last) {
    Token t = d.token(v);
    String tail = text.substring(last.end(), Math.max(last.end(), t.begin()));
    if (!t.pos().startsWith("VB")
        || t.begin() < last.end()
        || Set.of("be", "have", "do").contains(t.lemma())
        || d.headRelation(v).matches("aux.*|cop")
        || !tail.matches("(?s),?[”\"][^”\"“.;:()]{0,40}")
        || !(tail.startsWith(",") || last.of(text).matches("(?s).*[?!]"))) {
      return false;
    }
    int words = 0;
    for (Token k : d.sentence().tokens()) {
      if (k.begin() >= last.end() && k.end() <= t.begin() && !k.pos().matches("''|,|POS")) {
        words++;
        if (!k.pos().matches("NN.*|PRP|DT|JJ.*|CD") || refs.inQuote(k.begin())) {
          return false;
        }
      }
    }
    return words <= 4;
  }

  /**
   * "“…,” Ki Hong, 33, said", "“…,” Cruz, who has proposed …, said at the time": the name that
   * opens the words between a quote and its subjectless speech verb, set off by a comma. An age or
   * a relative clause after the name leads the parser to hang the verb elsewhere.
   */
  Optional<Ref> nameAfterQuote(Deps d, int verb) {
    int k = verb - 1;
    while (k >= 0
        && verb - k <= MAX_LEAD_DISTANCE
        && !refs.inQuote(d.token(k).begin())
        && !d.token(k).pos().matches("''|``|NFP")) {
      k--;
    }
    if (k < 0 || verb - k > MAX_LEAD_DISTANCE) {
      return Optional.empty();
    }
    int name = k + 1;
    while (name < verb && d.token(name).pos().matches("''|,|NFP")) {
      name++;
    }
    int at = name;
    return mentions
        .at(d.sentence().index(), name)
        .filter(m -> m.span().begin() == d.token(at).begin())
        .filter(m -> m.last() + 1 < verb && d.token(m.last() + 1).text().equals(","))
        .filter(m -> m.ref().kind() != EntityKind.PLACE)
        .map(m -> new Ref(m.ref(), m.span()));
  }
}
