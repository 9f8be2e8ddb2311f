package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persons known across articles, so that "Lavrov" in a later article is the node an earlier
 * "Sergey Lavrov" created. Loaded from the store when an ingest starts and updated after each
 * article. Not thread-safe.
 */
public final class PersonRegistry {
  private final Map<String, KnownPerson> byKey = new LinkedHashMap<>();

  public PersonRegistry(Collection<KnownPerson> known) {
    known.forEach(this::put);
  }

  public static PersonRegistry empty() {
    return new PersonRegistry(List.of());
  }

  /** Adds or replaces a person (after an article is stored). */
  public void put(KnownPerson person) {
    KnownPerson old = byKey.get(person.key());
    if (old == null) {
      byKey.put(person.key(), person);
      return;
    }
    Set<String> names = new HashSet<>(old.names());
    names.addAll(person.names());
    Set<String> roles = new HashSet<>(old.roles());
    roles.addAll(person.roles());
    Set<String> reps = new HashSet<>(old.represents());
    reps.addAll(person.represents());
    String label =
        person.label().split("\\s+").length > old.label().split("\\s+").length
            ? person.label()
            : old.label();
    byKey.put(person.key(), new KnownPerson(person.key(), label, names, roles, reps));
  }

  public int size() {
    return byKey.size();
  }

  /**
   * The known person an article's cluster is, if exactly one fits: same surname (typos allowed) and
   * compatible first name; when several fit, shared roles or countries decide.
   */
  Optional<KnownPerson> match(PersonCluster cluster) {
    List<KnownPerson> candidates = new ArrayList<>();
    for (KnownPerson p : byKey.values()) {
      if (!Names.sameSurname(p.surname(), cluster.surname)) {
        continue;
      }
      if (cluster.hasFirstName() && !Names.compatibleFirst(p.first(), cluster.first)) {
        continue;
      }
      candidates.add(p);
    }
    if (candidates.size() > 1) {
      List<KnownPerson> exact =
          candidates.stream().filter(p -> p.first().equals(cluster.first)).toList();
      if (exact.size() == 1 && cluster.hasFirstName()) {
        return Optional.of(exact.get(0));
      }
      List<KnownPerson> agreeing =
          candidates.stream()
              .filter(
                  p ->
                      p.represents().stream().anyMatch(cluster.represents::contains)
                          || p.roles().stream().anyMatch(cluster.roles::contains))
              .toList();
      candidates = agreeing;
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** Whether a key is taken (by a person other than the one being minted). */
  boolean hasKey(String key) {
    return byKey.containsKey(key);
  }
}
