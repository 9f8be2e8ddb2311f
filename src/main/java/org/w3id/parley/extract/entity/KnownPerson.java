package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person already in the store, as cross-article identity needs to see it.
 *
 * @param key the person's IRI key
 * @param label preferred name
 * @param names every label and alternative label
 * @param roles roles seen so far
 * @param represents ISO codes of countries represented
 */
public record KnownPerson(
    String key, String label, Set<String> names, Set<String> roles, Set<String> represents) {
  public KnownPerson {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    names = Set.copyOf(names);
    roles = Set.copyOf(roles);
    represents = Set.copyOf(represents);
  }

  /** Folded surname of the preferred label. */
  String surname() {
    List<String> parts = List.of(label.trim().split("\\s+"));
    return Names.fold(parts.get(parts.size() - 1));
  }

  /** Folded first name of the preferred label, or "" for a surname-only person. */
  String first() {
    String[] parts = label.trim().split("\\s+");
    return parts.length > 1 ? Names.fold(parts[0]) : "";
  }
}
