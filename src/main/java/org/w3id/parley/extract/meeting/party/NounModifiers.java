package org.w3id.parley.extract.meeting.party;

import java.util.List;
import java.util.Optional;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.PartyNames;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;

/**
 * The sides a meeting noun's modifiers name ({@link NounParties}): "a meeting of OPEC", "X's
 * meeting", "the Trump-Biden debate", "Saudi-Iranian talks", "their convention".
 */
final class NounModifiers {
  private final PartyFinder finder;
  private final References refs;
  private final PartyWords words;
  private final GroupNouns groups;

  NounModifiers(PartyFinder finder, References refs, PartyWords words, GroupNouns groups) {
    this.finder = finder;
    this.refs = refs;
    this.words = words;
    this.groups = groups;
  }

  /**
   * The noun's modifiers: "a meeting of OPEC", "X's meeting", "the Trump-Biden debate",
   * "Saudi-Iranian talks"; a title modifier stands for its holder, "their" for the clause's subject
   * and the persons nearest.
   */
  void read(NounSides sides, Deps d, int trigger, MeetingWords.Trigger word) {
    for (int k : d.children(trigger, "nmod:of", "nmod:poss", "compound", "amod")) {
      if (word.sense().equals("hearing")
          && d.headRelationOf(trigger, k).equals("nmod:of")
          && refs.resolve(d, k).stream().allMatch(r -> r.entity().kind() == EntityKind.PERSON)) {
        continue; // "the impeachment hearings of Nixon and Clinton": the matter, not the parties
      }
      // A title that names its holder ("US envoy" for John Smith) stands alone; the words that
      // modify it are not parties of their own.
      boolean title =
          d.token(k).pos().startsWith("NN")
              && !d.token(k).isProperNoun()
              && !refs.resolve(d, k).isEmpty();
      List<Integer> modifiers =
          title
              ? List.of(k)
              : d.subtree(
                  k,
                  e ->
                      e.relation().startsWith("compound")
                          || e.relation().startsWith("conj")
                          || hyphenated(d, e));
      for (int x : modifiers) {
        if (d.token(x).text().equalsIgnoreCase("their")) {
          // "X wrote of Y, recalling their first meeting": the clause's subject and the person
          // nearest the noun; "Republicans will hold their convention": the body's own.
          Optional<Ref> subject = Clauses.governingSubject(words, d, trigger);
          subject.ifPresent(sides.other::add);
          subject
              .filter(r -> word.body() && r.entity().kind() == EntityKind.ORGANIZATION)
              .ifPresent(sides.bodies::add);
          sides.other.addAll(words.personsNear(d, trigger, 2));
          continue;
        }
        for (Ref r : refs.resolve(d, x)) {
          if (word.sense().equals("hearing")
              && r.entity().kind() == EntityKind.ORGANIZATION
              && !finder.deliberativeBody(r.entity())) {
            continue; // "the Supreme Court confirmation hearings": held by a legislature, not the
            // Court
          }
          if (r.entity().kind() == EntityKind.PLACE
              || word.sense().equals("debate")
                  && r.entity().kind() == EntityKind.ORGANIZATION
                  && (d.token(x).pos().startsWith("JJ")
                      || PartyNames.of(d.token(x).text()).isPresent()
                      || PartyNames.of(words.label(r.entity())).isPresent())) {
            // "a Democratic debate", "a GOP debate", "the Democratic Party's final debate": the
            // party's candidates debate
            continue;
          }
          sides.modified.add(r);
          (d.headRelationOf(trigger, k).startsWith("nmod:poss") ? sides.first : sides.other).add(r);
          if (r.entity().kind() == EntityKind.ORGANIZATION) {
            sides.bodies.add(r);
          }
        }
        if (x == k && refs.resolve(d, x).isEmpty()) {
          List<Ref> group = groups.of(d, x);
          sides.other.addAll(group);
          group.stream()
              .filter(r -> r.entity().kind() == EntityKind.ORGANIZATION)
              .forEach(sides.bodies::add);
        }
      }
    }
  }

  /**
   * "Soviet-American talks": a modifier joined to the next word by a hyphen is a side of its own,
   * as "U.S.-Japanese talks" (which the parser reads as a compound) already is.
   */
  private static boolean hyphenated(Deps d, org.w3id.parley.nlp.Dependency e) {
    int k = e.dependent();
    return e.relation().equals("amod")
        && e.governor() == k + 2
        && d.token(k + 1).pos().equals("HYPH");
  }
}
