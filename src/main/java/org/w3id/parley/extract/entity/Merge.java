package org.w3id.parley.extract.entity;

import java.util.Objects;
import org.w3id.parley.extract.text.Evidence;

/**
 * A name that Parley took to be an existing person rather than a new one, recorded so an analyst
 * can review it and undo it ({@code parley merges}, {@code parley unmerge}).
 *
 * @param person the person the name was merged into
 * @param name the name as written ("Lavrov", "Mntasakanyan", "Sergei Lavrov")
 * @param method how: {@code surname}, {@code spelling}, {@code transliteration}, {@code initial} or
 *     {@code birth-name}
 * @param score confidence in [0, 1]
 * @param evidence where the article uses the name
 */
public record Merge(EntityRef person, String name, String method, double score, Evidence evidence) {
  public Merge {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(evidence, "evidence");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }
}
