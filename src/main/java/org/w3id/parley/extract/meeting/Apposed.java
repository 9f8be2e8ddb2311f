package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Animacy;

/** A meeting's counterpart given by the names in apposition to a word for people. */
final class Apposed {
  private Apposed() {}

  /**
   * A counterpart that names no one, by the names in apposition after it: "negotiating with two of
   * its former customers, Panhandle Eastern and Distrigas", "met its largest shareholder, Bolt
   * Inc". Only for people ({@link Animacy}; "two" counts what it is "of"), not for a thing.
   */
  static List<Ref> counterpart(PartyWords words, Deps d, int k) {
    List<Ref> out = words.resolve(d, k);
    return out.isEmpty() ? names(words, d, k) : out;
  }

  /** What the names in apposition after a word for people refer to. */
  static List<Ref> names(PartyWords words, Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    int people =
        d.token(k).pos().equals("CD")
            ? d.children(k, "nmod:of").stream().findFirst().orElse(-1)
            : k;
    if (people < 0 || !Animacy.animate(d.token(people))) {
      return out;
    }
    for (int a : d.children(k, "appos")) {
      if (a > k) {
        out.addAll(words.word(d, a));
        d.children(a, "conj").forEach(c -> out.addAll(words.word(d, c)));
      }
    }
    return out;
  }
}
