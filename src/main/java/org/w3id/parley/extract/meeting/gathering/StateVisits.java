package org.w3id.parley.extract.meeting.gathering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.PersonCluster;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.WordList;

/**
 * A leader's visit to a country is a meeting with that country's leader: "U.S. Vice President Joe
 * Biden visited Ankara", in an article that names Turkish President Recep Tayyip Erdogan, is a
 * meeting of Biden, Turkey and Erdogan. It takes the one person the article names as holding an
 * office that leads the visited country ({@code leaders.tsv}); when it names none, or several (a
 * president and a prime minister), the visit stays a meeting with the country alone. A visitor who
 * leads no country (a minister, an executive) meets whomever the article says, not its leader.
 *
 * <pre>{@code
 * List<Meeting> out = StateVisits.withHosts(meetings, mentions);
 * }</pre>
 */
public final class StateVisits {
  private static final Set<String> HOSTS = new LinkedHashSet<>();
  private static final Set<String> VISITORS = new LinkedHashSet<>();

  static {
    for (String[] row : WordList.rows(MeetingWords.class, "leaders.tsv", 2)) {
      if (!row[1].equals("visitor")) {
        HOSTS.add(row[0]);
      }
      VISITORS.add(row[0]);
    }
  }

  private StateVisits() {}

  /** The meetings, each leader's visit to a country with that country's named leader added. */
  public static List<Meeting> withHosts(List<Meeting> meetings, Mentions mentions) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting m : meetings) {
      out.add(withHost(m, mentions));
    }
    return out;
  }

  private static Meeting withHost(Meeting m, Mentions mentions) {
    if (m.participants().size() != 2) {
      return m;
    }
    EntityRef country = null;
    EntityRef visitor = null;
    for (EntityRef p : m.participants()) {
      if (p.kind() == EntityKind.COUNTRY) {
        country = p;
      } else if (p.kind() == EntityKind.PERSON) {
        visitor = p;
      }
    }
    PersonCluster v = visitor == null ? null : mentions.cluster(visitor);
    if (country == null
        || v == null
        || v.represents.contains(country.key())
        || v.roles().stream().noneMatch(VISITORS::contains)) {
      return m;
    }
    String iso = country.key();
    List<PersonCluster> hosts =
        mentions.clusters().stream()
            .filter(c -> c != v && c.ref() != null && c.represents.contains(iso))
            .filter(c -> c.roles().stream().anyMatch(HOSTS::contains))
            .toList();
    if (hosts.size() != 1) {
      return m;
    }
    Set<EntityRef> parties = new LinkedHashSet<>(m.participants());
    parties.add(hosts.get(0).ref());
    return new Meeting(parties, m.location(), m.date(), m.status(), m.mode(), m.evidence());
  }
}
