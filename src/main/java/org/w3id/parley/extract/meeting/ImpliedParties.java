package org.w3id.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.gathering.CompanyMeetings;
import org.w3id.parley.extract.meeting.gathering.ConventionBodies;
import org.w3id.parley.extract.meeting.party.PartyFinder;
import org.w3id.parley.extract.meeting.party.SubjectSide;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * The parties a meeting's own words leave out and its sentence or article supplies: the company
 * whose annual meeting a story is about ({@link CompanyMeetings}), the subject of the governing
 * clause when only one side is named ("Lavrov said at a meeting with Aliyev"), the home government
 * of talks with a country whose other side goes unnamed, and the party whose convention the article
 * reports ({@link ConventionBodies}). One instance per extractor.
 */
final class ImpliedParties {
  private final PartyFinder parties;
  private final CompanyMeetings companyMeetings;
  private final ConventionBodies conventions;

  ImpliedParties(
      PartyFinder parties, CompanyMeetings companyMeetings, ConventionBodies conventions) {
    this.parties = parties;
    this.companyMeetings = companyMeetings;
    this.conventions = conventions;
  }

  /**
   * The parties found with those implied: every reference, the parties they stand for, and the
   * party whose convention the meeting is, if it was implied.
   */
  record Completed(List<Ref> refs, Set<EntityRef> participants, Optional<EntityRef> convention) {}

  /**
   * @param before whether the trigger names a meeting reported before ({@link SameGathering}),
   *     whose parties are that meeting's
   */
  Completed of(
      Deps d, int trigger, MeetingWords.Trigger word, PartyFinder.Found found, boolean before) {
    List<Ref> all = new ArrayList<>(found.counterparts());
    all.addAll(found.first());
    Set<EntityRef> participants = parties.parties(all);
    Optional<Ref> story =
        before ? Optional.empty() : companyMeetings.storyCompany(d, trigger, word, participants);
    if (story.isPresent()) {
      all.add(story.get()); // "He told the annual meeting …" in a story about Siemens AG
      participants = parties.parties(all);
    }
    boolean ownSubject = word.verb() && !d.children(trigger, "nsubj").isEmpty();
    if (participants.size() == 1
        && found.body().isEmpty()
        && !ownSubject
        && !parties.unnamedOwner(d, trigger)
        && !SubjectSide.lookedOn(d, trigger)
        && (parties.parties(found.first()).isEmpty() || !d.headRelation(trigger).equals("obj"))) {
      // Only one side named: the subject of the governing clause is the other ("Lavrov said at a
      // meeting with Aliyev", "during Obama's visit to Turkey, Erdogan reiterated …"); not the
      // subject of a verb the meeting is the object of ("X praised Y's visit"), nor where the
      // meeting is someone unnamed's ("X praised the president's visit to Mexico").
      parties
          .governingSubject(d, trigger)
          .filter(r -> r.entity().kind() != EntityKind.PLACE)
          .ifPresent(all::add);
      participants = parties.parties(all);
    }
    if (participants.size() == 1
        && found.body().isEmpty()
        && parties.parties(found.first()).isEmpty()
        && participants.iterator().next().kind() == EntityKind.COUNTRY) {
      // "a free trade agreement being negotiated with Canada" in a story filed from Washington:
      // talks with a country whose other side goes unnamed are the home government's.
      Token t = d.token(trigger);
      Set<EntityRef> named = participants;
      parties
          .home()
          .filter(h -> !named.contains(h))
          .ifPresent(h -> all.add(new Ref(h, new Span(t.begin(), t.end()))));
      participants = parties.parties(all);
    }
    Optional<EntityRef> inherited =
        before || !d.children(trigger, "nmod:poss").isEmpty()
            ? Optional.empty() // "Mr. Trump's convention", "its convention": the owner's
            : conventions.of(word, participants);
    if (inherited.isPresent()) {
      Token t = d.token(trigger);
      all.add(new Ref(inherited.get(), new Span(t.begin(), t.end())));
      participants = parties.parties(all);
    }
    return new Completed(all, participants, inherited);
  }
}
