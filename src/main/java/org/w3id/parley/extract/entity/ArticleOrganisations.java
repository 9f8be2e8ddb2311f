package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one article calls its organisations: the names are collected first, then keyed all at once
 * ({@link OrgNames}: "Texaco Inc" and "Texaco" are one), so a short name read before the long one
 * still joins it; a party goes by its own name ({@link PartyNames}: "the GOP" is the Republican
 * Party), and an abbreviation the article introduces is kept as another name.
 */
final class ArticleOrganisations {
  /** An organisation mention waiting for all the article's names. */
  record Pending(int sentence, int first, int last, String name) {}

  /**
   * How a mention is named once keyed.
   *
   * @param ref the organisation
   * @param label its fullest name in the article
   * @param otherNames the names it goes by here besides the label
   */
  record Named(EntityRef ref, String label, Set<String> otherNames) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Other names an organisation goes by in this article (its abbreviation), by its full name. */
  private final Map<String, Set<String>> aliases = new HashMap<>();

  private OrgNames names;

  /** The name a surface stands for: a party by its own name, else the surface itself. */
  String nameOf(String surface) {
    String name = surface.replaceAll("\\s+", " ");
    Optional<String> party = PartyNames.of(name);
    if (party.isPresent() && !party.get().equals(name)) {
      // "the GOP", "the Democratic National Convention": the party, under its own name.
      aliases.computeIfAbsent(party.get(), k -> new LinkedHashSet<>()).add(name);
      return party.get();
    }
    return name;
  }

  /** An abbreviation or other name the article gives the organisation called label. */
  void alias(String label, String alias) {
    aliases.computeIfAbsent(label.replaceAll("\\s+", " "), k -> new LinkedHashSet<>()).add(alias);
  }

  /** The organisation a name (from {@link #nameOf}) is, or empty while the names are collected. */
  Optional<Named> named(int sentence, int first, int last, String name) {
    if (names == null) {
      pending.add(new Pending(sentence, first, last, name));
      return Optional.empty();
    }
    String known = names.known(name).orElse(name);
    String label = names.labelOf(known);
    Set<String> other = new LinkedHashSet<>();
    if (!name.equals(label)) {
      other.add(name);
    }
    other.addAll(aliases.getOrDefault(name, Set.of()));
    return Optional.of(
        new Named(new EntityRef(EntityKind.ORGANIZATION, names.keyOf(known)), label, other));
  }

  /** Keys the names collected so far; returns the mentions that waited for it. */
  List<Pending> resolve() {
    names = new OrgNames(pending.stream().map(Pending::name).toList());
    List<Pending> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  /** The organisation names collected so far, before {@link #resolve}. */
  Set<String> pendingNames() {
    Set<String> out = new LinkedHashSet<>();
    pending.forEach(o -> out.add(o.name()));
    return out;
  }

  /**
   * The organisation name a name tagged as a person stands for ({@link OrgNames#standsForPerson}).
   */
  Optional<String> standsForPerson(String surface) {
    return names == null
        ? Optional.empty()
        : names.standsForPerson(surface.replaceAll("\\s+", " "));
  }

  /** Whether a name tagged as a person or place has the core name of one of the organisations. */
  boolean names(String surface) {
    return names != null && names.known(surface.replaceAll("\\s+", " "), false).isPresent();
  }
}
