package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/** The content span of reported speech, from the tokens the parse gives it. */
final class Contents {
  private static final double MAX_QUOTED_SHARE = 0.5;
  private static final int MIN_CONTENT_TOKENS = 3;

  private final List<Span> quotes;

  Contents(List<Span> quotes) {
    this.quotes = quotes;
  }

  /**
   * The span of a content's tokens without the punctuation and "that"/"to" at its edges; empty if
   * fewer than three tokens are left or it is mostly quoted (then the quote is the statement).
   */
  Optional<Span> of(Deps d, List<Integer> tokens, int exclude) {
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

  /** Punctuation, quotation marks and a leading "that" or "to": not part of what was said. */
  static boolean isEdgeNoise(Token t) {
    return t.pos().equals(",")
        || t.pos().equals(".")
        || t.pos().equals(":")
        || t.pos().equals("``")
        || t.pos().equals("''")
        || (t.lemma().equals("that") && t.pos().equals("IN"))
        || t.lemma().equals("to");
  }
}
