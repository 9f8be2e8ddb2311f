package org.w3id.parley.extract.meeting.party;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * The other side of talks about a deal, named in the deal rather than by a "with": "in talks to buy
 * Bolt Inc", "ended talks on being acquired by Sterling Drug", "talks about a merger with Bolt",
 * "is negotiating to acquire Bolt", "negotiated the sale of its unit to Bolt". The deal is a verb
 * of {@code deal-verbs.tsv} or a noun of {@code deal-nouns.tsv} that the talk word governs; its
 * parties are its object, its agent and its "with", "to" or "of".
 */
final class DealTalks {
  private static final Set<String> DEAL_NOUNS =
      WordList.pairs(MeetingWords.class, "deal-nouns.tsv").keySet();

  /**
   * How a talk word hangs what it is about: "talks to buy", "talks on a merger", "negotiating to".
   */
  private static final String[] ABOUT = {
    "acl",
    "xcomp",
    "nmod:on",
    "nmod:about",
    "nmod:over",
    "nmod:for",
    "obl:on",
    "obl:about",
    "obl:over",
    "obl:for"
  };

  /**
   * Deals that hand something over: what is sold or leased ("to sell Shearson to Nippon Life", "the
   * sale of its unit to Bolt") is the thing dealt, and the side across the table is the buyer
   * (marked "hands-over" in {@code deal-verbs.tsv} and {@code deal-nouns.tsv}).
   */
  private static final Set<String> SELLING =
      Sets.union(
              WordList.ofKind(MeetingWords.class, "deal-verbs.tsv", "hands-over"),
              WordList.ofKind(MeetingWords.class, "deal-nouns.tsv", "hands-over"))
          .immutableCopy();

  private DealTalks() {}

  /** The deal's other parties, when the trigger is talks or negotiations about one. */
  static List<Ref> counterparts(
      PartyFinder finder, Deps d, int trigger, MeetingWords.Trigger word) {
    List<Ref> out = new ArrayList<>();
    if (!word.sense().equals("talk") && !word.sense().equals("negotiate")) {
      return out;
    }
    List<Integer> about = new ArrayList<>(d.children(trigger, ABOUT));
    if (word.sense().equals("negotiate")) {
      about.addAll(d.children(trigger, "obj")); // "negotiating the sale of its unit to Bolt"
    }
    for (int k : about) {
      var t = d.token(k);
      List<Integer> slots = new ArrayList<>();
      boolean selling = SELLING.contains(t.lemma());
      if (t.pos().startsWith("VB") && ActedOn.DEAL_VERBS.contains(t.lemma())) {
        slots.addAll(
            selling
                ? d.children(k, "obl:with", "obl:to")
                : d.children(k, "obj", "obl:agent", "obl:by", "obl:with", "obl:to"));
      } else if (t.pos().startsWith("NN") && DEAL_NOUNS.contains(t.lemma())) {
        slots.addAll(
            selling
                ? d.children(k, "nmod:with", "nmod:to")
                : d.children(k, "nmod:with", "nmod:by", "nmod:to", "nmod:of"));
      } else if (d.children(k, "amod").stream().anyMatch(a -> dealGerund(d.token(a)))) {
        slots.add(k); // "talks on acquiring Owl Inc": the parser makes the gerund an adjective
      }
      for (int s : slots) {
        out.addAll(finder.resolve(d, s));
      }
    }
    return out;
  }

  private static boolean dealGerund(Token t) {
    return t.pos().equals("VBG") && ActedOn.DEAL_VERBS.contains(t.lemma());
  }
}
