package org.w3id.parley.extract.entity;

import java.util.Objects;

/**
 * The identity of an entity: its kind and a key unique within the kind. The IRI is minted from
 * both.
 *
 * @param kind person, country, place or organisation
 * @param key {@code sergey-lavrov}, {@code RU}, {@code 587084}, {@code osce}
 */
public record EntityRef(EntityKind kind, String key) {
  public EntityRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("invalid entity key '" + key + "'");
    }
  }

  /**
   * A hash that is the same in every run: the record's own would hash the kind by identity, so that
   * the order of a hash set of entities, and with it which of several candidates a rule takes
   * first, changed from one run of the same build to the next.
   */
  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + key.hashCode();
  }

  /** The path under {@code https://w3id.org/parley/id/}, e.g. {@code person/sergey-lavrov}. */
  public String path() {
    return kind.path() + "/" + key;
  }
}
