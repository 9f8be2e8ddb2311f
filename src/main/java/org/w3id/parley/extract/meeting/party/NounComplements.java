package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;

/**
 * The sides a meeting noun names through its own complements ({@link NounParties}): "with",
 * "between" and "among" ("talks with Y"), the caller of a call answered, the guest of a dinner
 * given, whom a testimony or speech is before or to, where an appearance is, the visitor and where
 * a visit goes, whom the clauses describing it name ("a briefing that included X", "a dinner hosted
 * by Y"), and who performs at an occasion ("spoke at a Trump rally").
 */
public final class NounComplements {
  /** Verbs whose agent gives a gathering: "a dinner hosted by X", "a forum organised by Y". */
  static final Set<String> HOSTING =
      Set.of("host", "organize", "organise", "sponsor", "convene", "stage", "arrange", "chair");

  /** Verbs that carry a visit noun: "paid a visit to", "made a trip to". */
  static final Set<String> VISIT_VERBS = Set.of("pay", "make");

  /** Verbs that carry a speech noun: "gave a speech to", "delivered an address to". */
  static final Set<String> SPEAKING_VERBS = Set.of("give", "deliver", "make");

  /** Verbs whose agent is at a gathering: "a summit attended by X", "talks joined by Y". */
  static final Set<String> ATTENDED = Set.of("attend", "join");

  /** Verbs of taking the stage at an occasion: "spoke at a Trump rally". */
  static final Set<String> PERFORMING =
      Set.of("appear", "speak", "headline", "perform", "campaign");

  /** Verbs of putting on an occasion for someone: "gave a dinner for Weber". */
  static final Set<String> GIVING = Set.of("hold", "give", "throw");

  /** Whether a verb hosts or gives a gathering, whose "for" is its guest of honour. */
  private static boolean givesGatherings(String lemma) {
    return HOSTING.contains(lemma) || GIVING.contains(lemma);
  }

  /** Nouns whose "at" organisation is spoken to: "an appearance at the Rotary Club". */
  static final Set<String> APPEARING_AT = Set.of("appearance", "speech");

  private final PartyFinder finder;
  private final PartyWords words;
  private final GroupNouns groups;

  NounComplements(PartyFinder finder, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.words = words;
    this.groups = groups;
  }

  /**
   * The clauses that describe the noun itself: a relative or participial clause ("a briefing that
   * included Gavin Newsom", "a dinner hosted by X"), not an adverbial one the parser hung on it
   * ("his first rally since the pandemic engaged the United States").
   */
  private static List<Integer> aclauses(Deps d, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (var e : d.children(trigger)) {
      if (e.relation().equals("acl") || e.relation().equals("acl:relcl")) {
        out.add(e.dependent());
      }
    }
    return out;
  }

  /**
   * The sides the noun names itself: "with", "between" and "among" ("talks with Y"), the caller of
   * a call answered, the guest of a dinner given, the subject the noun is said of ("X is in talks
   * with Y"), whom a testimony or speech is before or to, and where an appearance is.
   */
  void named(NounSides sides, Deps d, int trigger, MeetingWords.Trigger word) {
    for (int k : d.children(trigger, "nmod:with", "nmod:between", "nmod:among")) {
      sides.explicit.addAll(Apposed.counterpart(words, d, k));
    }
    if (word.sense().equals("call")
        && d.head(trigger) >= 0
        && NounParties.ANSWERING.contains(d.token(d.head(trigger)).lemma())) {
      for (int k : d.children(trigger, "nmod:from")) {
        // "received a call from Weber": the caller (not "calls from her rivals to resign")
        sides.explicit.addAll(finder.resolve(d, k));
      }
    }
    int giver = d.head(trigger);
    if (giver >= 0
        && d.headRelation(trigger).equals("obj")
        && givesGatherings(d.token(giver).lemma())) {
      for (int k : d.children(trigger, "nmod:for")) {
        // "hosted a dinner for Weber", "held a fund-raiser for Clinton": the guest of honour
        sides.explicit.addAll(finder.resolve(d, k));
      }
    }
    for (int k : d.children(trigger, "nsubj")) {
      sides.first.addAll(finder.resolve(d, k)); // the noun is the predicate: "X is in talks with Y"
    }
    for (int k : d.children(trigger, "acl:between", "acl:among")) {
      // "Talks between X and Y resumed": the parser reads "between X and Y resumed" as a clause
      // whose subjects are the parties.
      for (int s : d.children(k, "nsubj", "nsubj:pass")) {
        sides.explicit.addAll(finder.resolve(d, s));
      }
    }
    if (word.parties() == MeetingWords.Parties.BODY
        || word.parties() == MeetingWords.Parties.AUDIENCE) {
      List<Integer> to = new ArrayList<>(d.children(trigger, "nmod:before", "nmod:to"));
      int verb = d.head(trigger);
      if (word.parties() == MeetingWords.Parties.AUDIENCE
          && verb >= 0
          && d.headRelation(trigger).equals("obj")
          && SPEAKING_VERBS.contains(d.token(verb).lemma())) {
        to.addAll(d.children(verb, "obl:to", "obl:before")); // "gave a speech to X", on "gave"
      }
      for (int prepared : d.children(trigger, "acl")) {
        // "in remarks prepared for delivery to the Economic Club": the text a speaker reads out
        to.addAll(deliveredTo(d, prepared));
      }
      for (int k : to) {
        // "testimony before the Senate Banking Committee", "a speech to the Commodity Club"
        sides.explicit.addAll(finder.resolve(d, k));
      }
    }
    if (APPEARING_AT.contains(word.word())) {
      // "an appearance at (before) the Republican Jewish Coalition": the organisation spoken at
      // is the audience
      List<Integer> at = new ArrayList<>(d.children(trigger, "nmod:at", "nmod:before"));
      int verb = d.head(trigger);
      if (verb >= 0
          && d.headRelation(trigger).equals("obj")
          && SPEAKING_VERBS.contains(d.token(verb).lemma())) {
        at.addAll(d.children(verb, "obl:at")); // "gave a speech at the Brookings Institution"
      }
      sides.explicit.addAll(finder.audienceAt(d, at));
    }
  }

  /**
   * The noun of a text "prepared for delivery" ("a speech prepared for delivery to the IADB"), from
   * its participle: the speech, given as the wire reports it; -1 for any other word.
   */
  public static int preparedFor(Deps d, int prepared) {
    return deliveries(d, prepared).isEmpty() || !d.headRelation(prepared).equals("acl")
        ? -1
        : d.head(prepared);
  }

  /** Whom a text "prepared for delivery" is to or before ("… to the Economic Club"). */
  static List<Integer> deliveredTo(Deps d, int prepared) {
    List<Integer> out = new ArrayList<>();
    for (int delivery : deliveries(d, prepared)) {
      out.addAll(d.children(delivery, "nmod:to", "nmod:before"));
    }
    return out;
  }

  private static List<Integer> deliveries(Deps d, int prepared) {
    if (!d.token(prepared).lemma().equals("prepare")) {
      return List.of();
    }
    return d.children(prepared, "obl:for").stream()
        .filter(k -> d.token(k).lemma().equals("delivery"))
        .toList();
  }

  /**
   * The visitor and where a visit goes: "a visit to Ankara by X", "paid a state visit to Japan".
   */
  void visit(NounSides sides, Deps d, int trigger) {
    // A visit to a country or city is a meeting only with the people it names ("a visit to
    // Ireland with Taoiseach Leo Varadkar"); the visitor is "by" or the possessor.
    for (int k : d.children(trigger, "nmod:by")) {
      sides.first.addAll(finder.resolve(d, k));
    }
    List<Integer> to = new ArrayList<>(d.children(trigger, "nmod:to"));
    int verb = d.head(trigger);
    if (verb >= 0
        && d.headRelation(trigger).equals("obj")
        && VISIT_VERBS.contains(d.token(verb).lemma())) {
      to.addAll(d.children(verb, "obl:to")); // "paid a state visit to Japan", hung on "paid"
    }
    for (int k : d.children(trigger, "compound")) {
      // "his week-long Washington visit": a country or capital before the noun is where to
      groups.visited(d, k).ifPresent(sides.destinations::add);
    }
    groups.visitedHere(d, trigger).ifPresent(sides.destinations::add); // "Shultz's visit here"
    for (int k : to) {
      // "paid a visit to Weber in hospital": a visit to a person or a body is with them
      for (Ref r : finder.resolve(d, k)) {
        (r.entity().kind() == EntityKind.COUNTRY ? sides.destinations : sides.explicit).add(r);
      }
      if (finder.resolve(d, k).stream().allMatch(r -> r.entity().kind() == EntityKind.PLACE)) {
        groups.visited(d, k).ifPresent(sides.destinations::add); // "a visit to Ankara": Turkey's
      }
    }
  }

  /** Whom the clauses describing the noun name: "a briefing that included X", "hosted by Y". */
  void described(NounSides sides, Deps d, int trigger) {
    for (int k : aclauses(d, trigger)) {
      for (int o : d.children(k, "obj")) {
        sides.explicit.addAll(finder.resolve(d, o)); // "a briefing that included Gavin Newsom"
      }
      if (ATTENDED.contains(d.token(k).lemma()) && k - trigger <= 2) {
        // right after the noun: the parser hangs a far "attended by" on any noun before it
        for (int a : d.children(k, "obl:agent", "obl:by")) {
          sides.explicit.addAll(
              finder.resolve(d, a)); // "the summit, attended by the leaders of Cyprus, …"
        }
      }
      String verb = d.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
      List<Ref> guests = new ArrayList<>();
      if (givesGatherings(verb)) {
        for (int g : d.children(k, "obl:for")) {
          // "a reception held for him by President Alfonsin": the guest of honour
          guests.addAll(finder.resolve(d, g));
        }
        sides.explicit.addAll(guests);
      }
      // who holds a gathering for a guest gives it ("held for him by X"), not who only holds it:
      // "the meetings held by the U.S. and UK foreign secretaries with the Saudi leadership"
      if (HOSTING.contains(verb) || givesGatherings(verb) && !guests.isEmpty()) {
        for (int a : d.children(k, "obl:agent", "obl:by")) {
          // "a dinner hosted by the Atlantic Council": the host takes part, a body on its own
          for (Ref r : finder.resolve(d, a)) {
            sides.explicit.add(r);
            if (r.entity().kind() == EntityKind.ORGANIZATION) {
              sides.bodies.add(r);
            }
          }
        }
      }
    }
  }

  /** "Sessions spoke at a Trump rally": the one whose occasion it is meets who performs there. */
  void stage(NounSides sides, Deps d, int trigger) {
    int stage = d.head(trigger);
    if (stage >= 0
        && PERFORMING.contains(d.token(stage).lemma())
        && d.headRelation(trigger).matches("obl:(at|in|on)")
        && finder.parties(sides.explicit).isEmpty()) {
      // "Sessions spoke at a Trump rally": the one whose occasion it is meets whoever performs
      // there (not whoever attends it: "Sharp attended a Trump rally" may be in the crowd)
      List<Ref> hosts =
          sides.modified.stream().filter(r -> r.entity().kind() == EntityKind.PERSON).toList();
      if (finder.parties(hosts).size() == 1) {
        sides.explicit.addAll(hosts);
      }
    }
  }
}
