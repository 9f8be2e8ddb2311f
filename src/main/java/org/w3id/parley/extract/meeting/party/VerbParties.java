package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingMode;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.Negation;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Animacy;
import org.w3id.parley.nlp.Token;

/**
 * The parties of a meeting verb ({@link PartyFinder#ofVerb}): its subject, object and agent ("X met
 * Y", "was met by X"), its "with", "between" and "among" complements, whom an invitation or a deal
 * names, the audience one speaks or appears before, and the country or premises visited. A slot a
 * counterpart would fill, filled by something that is no party, means another sense of the verb
 * ("met health standards").
 */
final class VerbParties {
  /** Prepositions of time before which a gerund keeps its object (not "without": not done). */
  private static final Set<String> GERUND_PREPOSITIONS =
      Set.of("before", "after", "since", "upon", "while", "when", "following");

  private final PartyFinder finder;

  private final PartyWords words;

  private final GroupNouns groups;

  VerbParties(PartyFinder finder, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.words = words;
    this.groups = groups;
  }

  /** An organisation's premises, where a visit to them meets it ({@code premises.txt}). */
  private static final java.util.Set<String> PREMISES =
      java.util.Set.copyOf(
          org.w3id.parley.extract.text.WordList.words(MeetingWords.class, "premises.txt"));

  /**
   * The organisation whose premises the word names ("Bolt Inc headquarters", "Google's offices",
   * "the Acme Corp plant"): a visit there is with it. Nothing for other words, or for premises of
   * no named organisation.
   */
  private List<Ref> premisesOwner(Deps d, int k) {
    if (!PREMISES.contains(d.token(k).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (int m : d.children(k, "nmod:poss", "compound")) {
      for (Ref r : finder.resolve(d, m)) {
        if (r.entity().kind() == EntityKind.ORGANIZATION) {
          out.add(r);
        }
      }
    }
    return out;
  }

  PartyFinder.Found of(Deps d, int trigger, MeetingWords.Trigger word) {
    List<Ref> first = new ArrayList<>();
    List<Ref> other = new ArrayList<>();
    boolean passive = !d.children(trigger, "nsubj:pass").isEmpty();
    for (int k : d.children(trigger, "nsubj")) {
      (passive ? other : first).addAll(finder.resolve(d, k));
    }
    for (int k : d.children(trigger, "obl:agent")) {
      first.addAll(finder.resolve(d, k));
    }
    if (first.isEmpty() && !passive) {
      // "accepted an invitation to meet Weber": whoever accepted it would meet him
      Clauses.thingControllerOwner(words, d, trigger).ifPresent(first::add);
    }
    int inviter = d.head(trigger);
    List<Ref> invitedBy = new ArrayList<>();
    if (inviter >= 0
        && d.headRelation(trigger).startsWith("xcomp")
        && d.token(inviter).lemma().equals("invite")) {
      // "Weber invited Lopez to visit Berlin": the one invited comes to whoever invited them
      for (int k : d.children(inviter, "nsubj")) {
        invitedBy.addAll(finder.resolve(d, k));
      }
    }
    // A slot a counterpart would fill, filled by something that is no party, means another sense:
    // "met health standards", "met with partial success", "discussed the plan" (no "with").
    boolean with = false;
    List<Integer> slots = new ArrayList<>();
    List<Integer> antecedents = new ArrayList<>();
    List<Integer> withSlots =
        new ArrayList<>(
            d.children(trigger, "obl:with", "obl:between", "obl:among", "obl:alongside"));
    if (d.token(trigger).pos().equals("VBG")) {
      // "told reporters after meeting with Y": the parser reads the gerund as a noun
      withSlots.addAll(d.children(trigger, "nmod:with", "nmod:between", "nmod:among"));
    }
    for (int o : d.children(trigger, "obj")) {
      // The parser often hangs the counterpart on the object: "negotiated a contract with Y",
      // "discussed the plan with Y".
      withSlots.addAll(d.children(o, "nmod:with", "nmod:between", "nmod:among"));
      if (word.sense().equals("negotiate")) {
        withSlots.addAll(d.children(o, "nmod:from")); // "negotiated a loan from the Bank of X"
      }
    }
    if (word.sense().equals("negotiate")) {
      withSlots.addAll(d.children(trigger, "obl:from"));
    }
    if (word.toCounterpart()) {
      // "I talked to two universities", "spoke to me", "reached out to Sanders"
      withSlots.addAll(d.children(trigger, "obl:to"));
    }
    for (int k : Clauses.heads(d, withSlots)) {
      List<Ref> r = Apposed.counterpart(words, d, k);
      other.addAll(r);
      with |= !r.isEmpty();
      slots.add(k);
    }
    // "is negotiating to acquire Bolt Inc": the other side of the deal
    List<Ref> deal =
        other.isEmpty() && finder.parties(first).size() < 2
            ? DealTalks.counterparts(finder, d, trigger, word)
            : List.of();
    other.addAll(deal);
    with |= !deal.isEmpty();
    if (word.word().equals("speak") || word.word().equals("appear")) {
      // "appeared before the House Judiciary Committee": a witness addresses the body
      String[] where =
          word.word().equals("speak")
              ? new String[] {"obl:in", "obl:at", "obl:before"}
              : new String[] {"obl:at", "obl:before"};
      for (int k : d.children(trigger, where)) {
        // "Speaking in the Legislative Council, Lam …": one who speaks in a deliberative body
        // (bodies.txt) addresses it, as one who tells or testifies to it does
        List<Ref> r =
            finder.resolve(d, k).stream().filter(x -> words.deliberativeBody(x.entity())).toList();
        other.addAll(r);
        with |= !r.isEmpty();
      }
      // "spoke at (before) the Fair Immigration Reform Movement": the organisation spoken at
      List<Ref> r = finder.audienceAt(d, d.children(trigger, "obl:at", "obl:before"));
      other.addAll(r);
      with |= !r.isEmpty();
    }
    int head = d.head(trigger);
    if (other.isEmpty()
        && head >= 0
        && (d.headRelation(trigger).startsWith("xcomp")
            || d.headRelation(trigger).startsWith("advcl"))
        && NounInClause.TRAVEL_VERBS.contains(d.token(head).lemma())) {
      // "IMF officials will arrive in Lagos next week to discuss the loan": with the country
      // travelled to.
      for (int k : d.children(head, "obl:in", "obl:to", "obj")) {
        groups.visited(d, k).ifPresent(other::add);
      }
      if (other.isEmpty()) {
        groups.visitedHere(d, head).ifPresent(other::add); // "will arrive here next week to talk"
      }
      with |= !other.isEmpty();
    }
    List<Ref> destinations = new ArrayList<>();
    if (word.parties() != MeetingWords.Parties.WITH) {
      List<Integer> objects = new ArrayList<>(d.children(trigger, "obj", "iobj"));
      objects.removeIf(k -> MeetingWords.modeCueAt(d, k)); // "met face to face"
      // "will meet on August 5 to consider …", "will meet Monday to discuss …": the parser takes
      // the day for an object; in "TO MEET DEBT COMMITTEE TUESDAY" the words before the day are
      // the object
      List<Integer> days = objects.stream().filter(k -> finder.inTime(d.token(k))).toList();
      objects.removeAll(days);
      for (int day : days) {
        d.children(day, "compound").stream()
            .filter(k -> !finder.inTime(d.token(k)))
            .max(Integer::compare)
            .ifPresent(objects::add);
      }
      misreadGerundObject(d, trigger).ifPresent(objects::add);
      if (word.word().equals("introduce")) {
        // one introduces a person, not "Sanders' College for All Act"
        objects.removeIf(k -> !namesAPerson(d.token(k)));
      }
      if (word.parties() == MeetingWords.Parties.BODY) {
        objects.addAll(d.children(trigger, "obl:before", "obl:to"));
      }
      if (word.sense().equals("visit") && objects.isEmpty()) {
        groups.visitedHere(d, trigger).ifPresent(destinations::add); // "will visit here"
      }
      for (int k : Clauses.heads(d, objects)) {
        if (word.sense().equals("visit")) {
          other.addAll(premisesOwner(d, k)); // "visited Bolt Inc headquarters"
          // "visited Ankara": the capital stands for its country, as "visited Turkey" does
          groups.visited(d, k).ifPresent(destinations::add);
        }
        for (Ref r : Apposed.counterpart(words, d, k)) {
          // "visited Putin" names a party; "visited Mexico" the government of the country
          // visited, unless the sentence names whom the visit was with.
          if (word.sense().equals("visit")
              && (r.entity().kind() == EntityKind.PLACE
                  || PartyFinder.VENUES.contains(d.token(k).lemma().toLowerCase(Locale.ROOT)))) {
            // a city or a venue visited is no party ("visited the Law Enforcement Officers
            // Memorial"); a city's country may be (above)
            continue;
          }
          if (!word.sense().equals("visit") || r.entity().kind() != EntityKind.COUNTRY) {
            other.add(r);
          } else {
            destinations.add(r);
          }
        }
        if (!word.sense().equals("visit")) {
          // an "object" before the verb is a relative clause's antecedent
          (k > trigger ? slots : antecedents).add(k);
        }
      }
    }
    if (finder.parties(other).isEmpty() && !invitedBy.isEmpty()) {
      // "Weber invited Lopez to visit Berlin": she comes to him, not to Germany's government
      other.addAll(invitedBy);
      with = true;
    }
    if (other.isEmpty()
        && !destinations.isEmpty()
        && !forMeeting(d, trigger)
        // "teams would visit seven countries: Mexico, Peru, …": places on one itinerary do not
        // meet each other; with no visitor named there is no one to meet them
        && (finder.parties(destinations).size() == 1 || !finder.parties(first).isEmpty())) {
      other.addAll(destinations);
    }
    boolean byPhone =
        d.children(trigger, "obl:by", "obl:over", "obl:via", "obl:on").stream()
            .anyMatch( // a call noun of the lexicon: "by telephone", "over/on the phone"
                k ->
                    MeetingWords.trigger(d.token(k))
                        .filter(w -> w.mode() == MeetingMode.CALL)
                        .isPresent());
    boolean disposition =
        d.headRelation(trigger).startsWith("xcomp")
            && d.token(d.head(trigger)).pos().startsWith("JJ");
    if ((word.mutual() || together(d, trigger, word) || byPhone && word.sense().equals("talk"))
        && finder.parties(first).size() >= 2
        && !disposition // "X and Y are willing to negotiate" is a stance, not talks
        // "spokesmen at X and Y would not discuss the investigation": declined to comment
        && Negation.of(d, trigger, word) == Negation.Polarity.AFFIRMED) {
      with = true; // "X and Y talked", "the two men negotiated": each is the other's counterpart
    }
    // The nearest filler decides the sense: "meet its export commitments, Energy Minister X said"
    // (the parser adds the speaker as a second object) is not a meeting with X.
    boolean slotWithoutParty =
        slots.stream().min(Integer::compare).map(k -> namesNoParty(d, k)).orElse(false);
    if (word.parties() == MeetingWords.Parties.OBJECT) {
      // A verb that needs its object as the counterpart has none when the antecedent it takes as
      // object names no party, whatever the parser adds after it: "the backing from women that
      // Bush received in 1992 and Dole in 1996" (read with Dole as a second object).
      slotWithoutParty |= antecedents.stream().anyMatch(k -> namesNoParty(d, k));
    }
    Optional<Integer> objectAsSubject = Clauses.objectReadForSubject(d, trigger);
    if (d.children(trigger, "nsubj").isEmpty() && objectAsSubject.isPresent()) {
      first.addAll(finder.resolve(d, objectAsSubject.get()));
    } else if (d.children(trigger, "nsubj").isEmpty()) {
      // "…, meeting with Pope Francis": the parser lost the subject; the governing clause's
      // subject, else the person named last before the verb, is the acting side.
      List<Ref> governing = Clauses.governingSubjects(words, d, trigger);
      // all of them only where they met one another ("the leaders of France, Germany and Britain
      // issued a statement after meeting"), not where they did something with someone else
      boolean metEachOther = other.isEmpty() && slots.isEmpty() && word.word().equals("meet");
      List<Ref> participleDoers = Clauses.openingParticipleSubjects(words, d, trigger);
      if (!governing.isEmpty()) {
        first.addAll(metEachOther ? governing : governing.subList(0, 1));
      } else if (!participleDoers.isEmpty()) {
        first.addAll(participleDoers);
      } else {
        words.personBefore(d, trigger).ifPresent(first::add);
      }
    }
    Optional<Ref> body = Optional.empty();
    if (word.body() && other.isEmpty() && first.stream().map(Ref::entity).distinct().count() == 1) {
      // one body, however many of its name's words the parser took for conjuncts ("the
      // Organisation for Economic Cooperation and Development meets next month")
      body = first.stream().filter(r -> r.entity().kind() == EntityKind.ORGANIZATION).findFirst();
    }
    return new PartyFinder.Found(
        first, other, body, with, slotWithoutParty, body.stream().toList(), false);
  }

  /**
   * "Clinton and Warren appeared together", "Ryan and Trump sat down": the subjects are each
   * other's company; not "sat down for a podcast", an interview by someone else.
   */
  private static boolean together(Deps d, int trigger, MeetingWords.Trigger word) {
    if (d.children(trigger, "advmod").stream()
        .anyMatch(k -> d.token(k).lemma().equalsIgnoreCase("together"))) {
      return true;
    }
    return word.word().equals("sit")
        && d.children(trigger, "compound:prt").stream()
            .anyMatch(k -> d.token(k).lemma().equalsIgnoreCase("down"))
        && d.children(trigger, "obl:for").stream()
            .allMatch(k -> MeetingWords.trigger(d.token(k)).isPresent());
  }

  /** Whether the word filling a counterpart's slot names no party. */
  private boolean namesNoParty(Deps d, int k) {
    return words.word(d, k).isEmpty() && Apposed.names(words, d, k).isEmpty();
  }

  /**
   * "will visit Moscow next week for talks with Putin", "travelled to Kyiv to meet Zelensky": the
   * meeting the visit is for names whom it is with, not the country visited.
   */
  private static boolean forMeeting(Deps d, int trigger) {
    List<Integer> purposes = new ArrayList<>(d.children(trigger, "obl:for", "xcomp", "advcl"));
    return purposes.stream().anyMatch(k -> PartyFinder.namesItsOwnSide(d, k));
  }

  /**
   * "Before meeting Xi Jinping, Biden said": the parser reads a gerund after a preposition of time
   * as an adjective of its object ("meeting" modifies "Jinping", "before" is the name's
   * preposition), so the name it modifies is the object.
   */
  private static Optional<Integer> misreadGerundObject(Deps d, int trigger) {
    int head = d.head(trigger);
    if (!d.token(trigger).pos().equals("VBG")
        || !d.headRelation(trigger).equals("amod")
        || head <= trigger) {
      return Optional.empty();
    }
    boolean timed =
        d.children(head, "case").stream()
            .anyMatch(c -> c < trigger && GERUND_PREPOSITIONS.contains(d.token(c).lemma()));
    return timed ? Optional.of(head) : Optional.empty();
  }

  /** A person's name, or a common noun for people ("the senator"; not "the Birthday Party"). */
  private static boolean namesAPerson(Token t) {
    return t.ner().equals("PERSON") || !t.isProperNoun() && Animacy.animate(t);
  }
}
