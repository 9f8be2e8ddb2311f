package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * Who is at a gathering a noun names because of what they do there, not because the noun names
 * them: a speaker at it ("a featured speaker at the convention", "Christie's speech at the
 * summit"), or whoever does the thing done at a body's gathering ("Sanders is ready for a floor
 * fight at the convention").
 */
public final class Attendance {
  /** Nouns of appearing at a gathering, read from {@code appearances.txt}. */
  private static final Set<String> APPEARANCES =
      Set.copyOf(WordList.words(MeetingWords.class, "appearances.txt"));

  private Attendance() {}

  /** The parties at the gathering noun {@code anchor}, as far as the words around it tell. */
  static List<Ref> at(
      PartyFinder finder, PartyWords words, Deps d, int anchor, MeetingWords.Trigger word) {
    List<Ref> out = new ArrayList<>();
    int appearance = appearanceBefore(d, anchor);
    if (appearance >= 0) {
      for (int k : d.children(appearance, "nsubj", "nmod:poss")) {
        out.addAll(finder.resolve(d, k));
      }
      if (out.isEmpty()) {
        out.addAll(appearing(finder, d, appearance));
      }
    }
    int head = d.head(anchor);
    if (head >= 0
        && word.body()
        && d.token(head).pos().startsWith("NN")
        && !d.token(head).isProperNoun()
        && finder.resolve(d, head).isEmpty()
        && d.headRelation(anchor).matches("nmod:(at|during)")) {
      // A person only: "the party's platform at the convention" is the body's own.
      List<Ref> agents = new ArrayList<>();
      for (int k : d.children(head, "nmod:poss")) {
        agents.addAll(finder.resolve(d, k));
      }
      if (agents.isEmpty()) {
        Clauses.governingSubject(words, d, head).ifPresent(agents::add);
      }
      agents.stream().filter(r -> r.entity().kind() == EntityKind.PERSON).forEach(out::add);
    }
    out.addAll(addressedThere(finder, d, anchor, word));
    return out;
  }

  /**
   * Who makes an appearance its noun names no one for: the doer of the verb it hangs on, "The
   * strategy will be repeated by Baker in a speech to the bank's annual meeting", "Lee gave the
   * keynote at the convention". Persons only.
   */
  private static List<Ref> appearing(PartyFinder finder, Deps d, int appearance) {
    int verb = d.head(appearance);
    if (verb < 0 || !d.token(verb).pos().startsWith("VB")) {
      return List.of();
    }
    List<Integer> doers = new ArrayList<>(d.children(verb, "obl:agent"));
    if (doers.isEmpty()) {
      doers.addAll(Clauses.activeSubjects(d, verb));
    }
    List<Ref> out = new ArrayList<>();
    for (int k : doers) {
      finder.resolve(d, k).stream()
          .filter(r -> r.entity().kind() == EntityKind.PERSON)
          .forEach(out::add);
    }
    return out;
  }

  /**
   * "Woodward told the National Association of Realtors at its Washington convention", read with
   * the gathering hung on the name told: a name takes no "at" or "during" of its own, so the
   * gathering is where the verb was done, and whoever addressed the body there is at it.
   */
  private static List<Ref> addressedThere(
      PartyFinder finder, Deps d, int anchor, MeetingWords.Trigger word) {
    int named = d.head(anchor);
    if (named < 0
        || !word.body()
        || !d.headRelation(anchor).matches("nmod:(at|during)")
        || !d.token(named).isProperNoun()
        || !d.headRelation(named).matches("obj|iobj")) {
      return List.of();
    }
    int verb = d.head(named);
    if (!ActedOn.ADDRESSING.contains(d.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (int k : d.children(verb, "nsubj")) {
      finder.resolve(d, k).stream()
          .filter(r -> r.entity().kind() == EntityKind.PERSON)
          .forEach(out::add);
    }
    return out;
  }

  /**
   * The noun of appearing that a gathering is the place of: its head ("a speaker at the
   * convention"), the object of a verb of speaking it hangs on ("gave a speech to the convention"),
   * or the noun right before its preposition when the parser hung the phrase higher ("parts of
   * Obama's speech at the convention" read as "identical … at the convention"): a speech's "at"
   * phrase names where it was given far more often than anything else.
   */
  private static int appearanceBefore(Deps d, int anchor) {
    int head = d.head(anchor);
    if (head < 0 || !d.headRelation(anchor).matches("(nmod|obl):(at|to|before|in)")) {
      return -1;
    }
    if (APPEARANCES.contains(d.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return head;
    }
    int prepared = d.head(head);
    int speech =
        d.headRelation(head).equals("obl:for") && prepared >= 0
            ? NounComplements.preparedFor(d, prepared)
            : -1;
    if (speech >= 0) {
      return speech; // "a speech prepared for delivery to it"
    }
    if (NounComplements.SPEAKING_VERBS.contains(d.token(head).lemma())) {
      // not "won 40 delegates to the convention": whom one wins, invites or sends is not oneself
      for (int o : d.children(head, "obj")) {
        if (APPEARANCES.contains(d.token(o).lemma().toLowerCase(Locale.ROOT))) {
          return o; // "gave a speech to the NAACP convention", the phrase hung on "gave"
        }
      }
    }
    for (int c : d.children(anchor, "case")) {
      int before = c - 1;
      if (before >= 0
          && before != head
          && d.token(c).lemma().equals("at")
          && d.token(before).pos().startsWith("NN")
          && APPEARANCES.contains(d.token(before).lemma().toLowerCase(Locale.ROOT))) {
        return before;
      }
    }
    return -1;
  }

  /**
   * "At a meeting in Brussels, EU leaders agreed …", "during the meeting, OPEC ministers …": the
   * members of one body, at a meeting that names no one else, are that body meeting.
   */
  public static boolean membersAtIt(
      Deps d, int trigger, MeetingWords.Trigger word, Set<EntityRef> participants) {
    return !word.verb()
        && word.body()
        && participants.size() == 1
        && participants.iterator().next().kind() == EntityKind.ORGANIZATION
        && d.headRelation(trigger).startsWith("obl")
        && d.children(trigger, "nmod:with", "nmod:between", "nmod:among").isEmpty()
        && Clauses.governingSubjectWord(d, trigger)
            .filter(k -> d.token(k).pos().equals("NNS") && GroupNouns.isGroupNoun(d.token(k)))
            .isPresent();
  }
}
