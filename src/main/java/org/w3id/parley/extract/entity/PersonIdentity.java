package org.w3id.parley.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each person cluster of an article its key within the article: its label's slug, numbered
 * when two clusters share one. Which clusters of different articles are one person is decided after
 * extraction, from all articles at once (resolve/PersonResolution).
 */
public final class PersonIdentity {
  private PersonIdentity() {}

  public static void assign(List<PersonCluster> clusters) {
    Set<String> taken = new HashSet<>();
    for (PersonCluster c : clusters) {
      String base = Names.slug(c.label);
      String key = base;
      for (int n = 2; !taken.add(key); n++) {
        key = base + "-" + n;
      }
      c.ref = new EntityRef(EntityKind.PERSON, key);
    }
  }
}
