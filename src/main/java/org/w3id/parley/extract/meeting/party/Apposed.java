package org.w3id.parley.extract.meeting.party;

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
   * Inc", "met top Senate Democrats, including Harry Reid". Only for people ({@link Animacy}; "two"
   * counts what it is "of") or a group of them ({@link GroupNouns#isGroupNoun}), not for a thing.
   */
  static List<Ref> counterpart(PartyWords words, Deps d, int k) {
    if (!d.token(k).isProperNoun()) {
      // the names said here, before whatever the noun alone would stand for ("the group" for
      // the one body named before)
      List<Ref> named = new ArrayList<>(names(words, d, k));
      if (!named.isEmpty()) {
        // and whoever is coordinated with the noun: "met the president, Hosni Mubarak, and the
        // foreign minister, Amr Moussa"
        for (int c : d.children(k, "conj")) {
          named.addAll(counterpart(words, d, c));
        }
        return named;
      }
    }
    return words.resolve(d, k);
  }

  /**
   * What the names in apposition after a word for people refer to, or the names it includes
   * ("including", "such as").
   */
  static List<Ref> names(PartyWords words, Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    int people =
        d.token(k).pos().equals("CD")
            ? d.children(k, "nmod:of").stream().findFirst().orElse(-1)
            : k;
    // people, or a body of them: "the shareholder group Colonial Holders Committee"
    if (people < 0
        || !Animacy.animate(d.token(people)) && !GroupNouns.isGroupNoun(d.token(people))) {
      return out;
    }
    for (int a : d.children(k, "appos")) {
      if (a > k) {
        out.addAll(words.word(d, a));
        d.children(a, "conj").forEach(c -> out.addAll(words.word(d, c)));
      }
    }
    // and the members it is said to include: "met several European leaders, including Merkel"
    PartyWords.included(d, k).forEach(m -> out.addAll(words.word(d, m)));
    return out;
  }
}
