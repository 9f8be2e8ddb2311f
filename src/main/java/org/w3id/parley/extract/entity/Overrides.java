package org.w3id.parley.extract.entity;

import java.util.HashSet;
import java.util.Set;

/**
 * An analyst's decisions that outlive automatic merging: names that must not be merged into a given
 * person. Built from the store's overrides graph; consulted whenever a name would join a person.
 */
public final class Overrides {
  private final Set<String> forbidden = new HashSet<>();

  public static Overrides none() {
    return new Overrides();
  }

  /** Records that {@code name} is not the person with this key. */
  public Overrides forbid(String personKey, String name) {
    forbidden.add(personKey + "|" + Names.fold(name));
    return this;
  }

  /** Whether {@code name} may not be merged into the person with this key. */
  public boolean forbids(String personKey, String name) {
    return forbidden.contains(personKey + "|" + Names.fold(name));
  }

  public boolean isEmpty() {
    return forbidden.isEmpty();
  }
}
