package org.w3id.parley.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each person cluster of an article its store-wide identity: the known person it matches (by
 * surname, typos allowed, and compatible first name), else a new key from the full name.
 */
public final class PersonIdentity {
  private final PersonRegistry registry;
  private final Overrides overrides;

  public PersonIdentity(PersonRegistry registry, Overrides overrides) {
    this.registry = registry;
    this.overrides = overrides;
  }

  public void assign(List<PersonCluster> clusters) {
    Set<String> taken = new HashSet<>();
    for (PersonCluster c : clusters) {
      Optional<KnownPerson> known =
          registry.match(c).filter(k -> !overrides.forbids(k.key(), c.label));
      String key = known.map(KnownPerson::key).orElse(Names.slug(c.label));
      if (known.isEmpty()) {
        String base = key;
        for (int n = 2; taken.contains(key); n++) {
          key = base + "-" + n;
        }
      }
      known.ifPresent(k -> c.variants.add(k.label()));
      known.filter(k -> !k.label().equals(c.label)).ifPresent(k -> c.joined = k.label());
      known
          .filter(k -> k.label().split("\\s+").length > c.label.split("\\s+").length)
          .ifPresent(k -> c.label = k.label());
      taken.add(key);
      c.ref = new EntityRef(EntityKind.PERSON, key);
    }
  }
}
