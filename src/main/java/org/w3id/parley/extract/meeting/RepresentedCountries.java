package org.w3id.parley.extract.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.PersonCluster;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * A meeting's countries as its persons stand for them: a minister or leader represents a country
 * ({@link PersonCluster#represents}), which is then no party beside them, and an office-holder the
 * article does not name acts for the country the office is of, which is.
 */
final class RepresentedCountries {
  private final Mentions mentions;

  RepresentedCountries(Mentions mentions) {
    this.mentions = mentions;
  }

  /** The countries a person party represents (a minister, a leader), by their keys. */
  Set<String> represents(EntityRef e) {
    PersonCluster c = e.kind() == EntityKind.PERSON ? mentions.cluster(e) : null;
    return c == null ? Set.of() : c.represents;
  }

  /**
   * "Trump met the Mexican president": an office-holder the article does not name acts for the
   * country the office is of, which is a party too (so a query for meetings with Mexico finds it,
   * as an annotator records it: the person is never named).
   */
  void addOffices(Deps d, int trigger, Set<EntityRef> participants, List<Ref> found) {
    Token t = d.token(trigger);
    for (EntityRef p : List.copyOf(participants)) {
      var draft = p.kind() == EntityKind.PERSON ? mentions.draft(p) : null;
      // only an implied office-holder (ImpliedEntities.officeHolder) has office countries
      for (String iso : draft == null ? Set.<String>of() : draft.officeCountries()) {
        EntityRef country = new EntityRef(EntityKind.COUNTRY, iso);
        if (mentions.draft(country) != null && participants.add(country)) {
          found.add(new Ref(country, new Span(t.begin(), t.end())));
        }
      }
    }
  }

  /**
   * "A meeting of the Azerbaijani and Armenian foreign ministers": the ministers take part, not
   * their countries as well; and a person with the country they represent alone is no meeting
   * ("Israeli Prime Minister Netanyahu … during his recent trips to Israel": a leader at home).
   */
  void dropRepresented(Set<EntityRef> participants, List<Ref> found) {
    Set<String> represented = new LinkedHashSet<>();
    for (EntityRef p : participants) {
      PersonCluster c = p.kind() == EntityKind.PERSON ? mentions.cluster(p) : null;
      if (c != null) {
        represented.addAll(c.represents);
      }
    }
    for (Ref r : found) {
      if (r.entity().kind() == EntityKind.COUNTRY && represented.contains(r.entity().key())) {
        participants.remove(r.entity());
      }
    }
  }
}
