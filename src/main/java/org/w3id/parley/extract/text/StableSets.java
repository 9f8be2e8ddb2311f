package org.w3id.parley.extract.text;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Unmodifiable copies of sets that keep the order they were given in. {@code Set.copyOf} iterates
 * in an order the JVM salts afresh in every run, so a rule that takes a fact's first participant,
 * label or addressee took a different one from one run of the same build to the next.
 */
public final class StableSets {
  private StableSets() {}

  /**
   * An unmodifiable copy in the given order; null elements are refused as {@code Set.copyOf} does.
   */
  public static <T> Set<T> copyOf(Collection<? extends T> items) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(items)));
  }
}
