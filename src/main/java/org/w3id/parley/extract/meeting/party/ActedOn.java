package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * Whom the verb a meeting noun hangs on acts on, when that puts them at the meeting: whom it asks
 * to it ({@code inviting-verbs.txt}: "X invited Y to talks"), whom it addresses, nominates or
 * elects there ({@code addressing-verbs.tsv}: "X told Y at a meeting", "the party nominated Y at
 * its convention", "held its convention and nominated Y"; not "X criticized Y during a rally"), who
 * does it to the clause's subject ("was told by the minister in a meeting"), and the other party of
 * a deal the talks led to ({@code deal-verbs.tsv}: "acquired Bolt following lengthy talks").
 */
public final class ActedOn {
  static final Set<String> ADDRESSING =
      WordList.pairs(MeetingWords.class, "addressing-verbs.tsv").keySet();

  /** Verbs of asking someone to a gathering ({@code inviting-verbs.txt}). */
  private static final Set<String> INVITING =
      Set.copyOf(WordList.words(MeetingWords.class, "inviting-verbs.txt"));

  /** How an invitation hangs the gathering it asks to: "to a debate", "for talks". */
  private static final Set<String> TO_IT = Set.of("obl:to", "obl:for");

  /** Verbs of a deal ({@code deal-verbs.tsv}), read once here for talks about a deal too. */
  static final Set<String> DEAL_VERBS =
      WordList.pairs(MeetingWords.class, "deal-verbs.tsv").keySet();

  /** How a verb done at a meeting hangs it: "at", "during", "in", "on", "over" (not "before"). */
  public static final Set<String> AT_IT =
      Set.of("obl:at", "obl:during", "obl:in", "obl:on", "obl:over", "obl:by");

  /** How talks hang on the deal they led to: "bought Bolt after talks", "following talks". */
  private static final Set<String> DEAL_AFTER = Set.of("obl:after", "obl:following");

  /** Nouns whose "of" names their members: "the ticket of Hawkins and Walker". */
  private static final Set<String> MEMBERS_OF =
      Set.of("ticket", "slate", "team", "delegation", "group", "panel", "pair");

  private ActedOn() {}

  /**
   * The counterparts the verb {@code head} acts on at the meeting noun it hangs by {@code rel}.
   *
   * @param noneYet whether the noun has found no counterpart otherwise (a deal's party is one only
   *     then)
   */
  static List<Ref> at(
      PartyFinder finder,
      Deps d,
      int head,
      String rel,
      MeetingWords.Trigger word,
      boolean noneYet) {
    List<Ref> out = new ArrayList<>();
    if (rel.startsWith("obj") && NounInClause.LIGHT_VERBS.contains(d.token(head).lemma())) {
      // "The Green Party held its convention and nominated Lopez": what the holder then does to
      // someone, it does at the meeting
      for (int c : d.children(head, "conj")) {
        if (ADDRESSING.contains(d.token(c).lemma())
            && d.children(head, "nsubj").containsAll(d.children(c, "nsubj"))) {
          for (int k : d.children(c, "obj", "iobj")) {
            out.addAll(whoIs(finder, d, k));
          }
        }
      }
    }
    if (!rel.startsWith("obl")) {
      return out;
    }
    List<Integer> addressed = new ArrayList<>(d.children(head, "obl:agent"));
    String verb = d.token(head).lemma();
    if (ADDRESSING.contains(verb) && AT_IT.contains(rel)
        || INVITING.contains(verb) && TO_IT.contains(rel)) {
      // "X told Y at a meeting"; "X invited Y to talks", "challenged Y to a debate"
      addressed.addAll(d.children(head, "obj", "iobj"));
    }
    if (INVITING.contains(verb) && TO_IT.contains(rel)) {
      // "Weber was invited to talks with Lopez", "OPEC ministers were summoned to a meeting"
      addressed.addAll(d.children(head, "nsubj:pass"));
    }
    if (ADDRESSING.contains(verb) && AT_IT.contains(rel)) {
      // "gave the same message to Abe in talks": whom it was given to
      addressed.addAll(d.children(head, "obl:to"));
    }
    for (int k : addressed) {
      out.addAll(whoIs(finder, d, k));
    }
    if (noneYet
        && finder.parties(out).isEmpty()
        && (word.sense().equals("talk") || word.sense().equals("negotiate"))
        && DEAL_AFTER.contains(rel)) {
      List<Integer> verbs = new ArrayList<>(List.of(head));
      verbs.addAll(d.children(head, "xcomp")); // "agreed to buy Bolt after months of talks"
      for (int v : verbs) {
        if (DEAL_VERBS.contains(d.token(v).lemma())) {
          for (int k : d.children(v, "obj")) {
            out.addAll(finder.resolve(d, k));
          }
        }
      }
    }
    return out;
  }

  /**
   * The parties a verb's object names: itself, or for a group it names no one by ("nominated the
   * ticket of Hawkins and Walker", "a slate of candidates"), the parties it is "of".
   */
  private static List<Ref> whoIs(PartyFinder finder, Deps d, int k) {
    List<Ref> r = finder.resolve(d, k);
    if (!r.isEmpty() || !MEMBERS_OF.contains(d.token(k).lemma())) {
      return r;
    }
    List<Ref> of = new ArrayList<>();
    for (int o : d.children(k, "nmod:of")) {
      of.addAll(finder.resolve(d, o));
    }
    return of;
  }
}
