package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Joins a quote that its own attribution interrupts into one statement (“If it works out,” he said,
 * “we will sign.”), and keeps apart two quotes that each have a speech verb of their own (“…,”
 * Trump said, adding, “…”; “…,” Trump told ABC. “…,” the candidate said.): PolNeAR, like a reader,
 * counts those as two statements, and joining them gave both to the first verb's speaker; so are
 * two quotes of which the first has a verb before it (Lee said, “…,” adding, “…”).
 *
 * <pre>{@code
 * List<List<Span>> groups = new QuoteGroups(annotated, refs).group(quotes);
 * }</pre>
 */
final class QuoteGroups {
  private static final int MAX_INTERRUPTION = 90;

  private final AnnotatedText annotated;
  private final References refs;
  private final String text;

  QuoteGroups(AnnotatedText annotated, References refs) {
    this.annotated = annotated;
    this.refs = refs;
    this.text = annotated.text();
  }

  /** The quotes in order, each group one quote or a quote split by its own attribution. */
  List<List<Span>> group(List<Span> quotes) {
    List<List<Span>> groups = new ArrayList<>();
    for (Span q : quotes) {
      if (!groups.isEmpty()) {
        List<Span> last = groups.get(groups.size() - 1);
        Span prev = last.get(last.size() - 1);
        String gap = text.substring(prev.end(), q.begin());
        // the first part ends with a comma, not a full stop; after “…,” she told X. Candidates who
        // think “…” the second quote is another's. A first part that its own verb introduces
        // ("Spearman remarked, “…,” further remarking, “…”") is a quote of its own, not the
        // opening of an interrupted one.
        if (last.size() == 1
            && gap.startsWith(",")
            && !opensWithOtherWords(prev, q)
            && gap.length() <= MAX_INTERRUPTION
            && !gap.contains("\n")
            && speechVerbs(prev.end(), q.begin()) == 1
            && speechVerbs(annotated.sentenceAt(prev.begin()).begin(), prev.begin()) == 0
            && speechVerbs(q.end(), sentenceEnd(q)) == 0) {
          last.add(q);
          continue;
        }
      }
      groups.add(new ArrayList<>(List.of(q)));
    }
    return groups;
  }

  /** Whether words of a new sentence stand between two quotes, before the second one. */
  private boolean opensWithOtherWords(Span prev, Span next) {
    int begins = annotated.sentenceAt(next.begin()).begin();
    return begins > prev.end()
        && text.substring(begins, next.begin()).chars().anyMatch(Character::isLetter);
  }

  private int sentenceEnd(Span q) {
    return Math.max(q.end(), annotated.sentenceAt(Math.max(q.begin(), q.end() - 1)).end());
  }

  /** The speech verbs outside quotes between two offsets. */
  private int speechVerbs(int from, int to) {
    int n = 0;
    for (Sentence s : annotated.sentences()) {
      if (s.end() < from || s.begin() > to) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= from
            && t.end() <= to
            && !refs.inQuote(t.begin())
            && SpeechVerbs.isSpeechVerb(t, true)) {
          n++;
        }
      }
    }
    return n;
  }
}
