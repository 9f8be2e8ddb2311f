package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names one article uses for one person, merged as the article is read. */
public final class PersonCluster {
  String label;
  String first;
  String surname;
  final Set<String> variants = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();
  public final Set<String> represents = new LinkedHashSet<>();

  /** Token ranges {sentence, first, last} where the article names this person. */
  final List<int[]> places = new ArrayList<>();

  EntityRef ref;

  /**
   * The label of the known person (from another article) this cluster was joined to, if it differs.
   */
  String joined;

  PersonCluster(String label, List<String> parts) {
    this.label = label;
    this.surname = Names.fold(parts.get(parts.size() - 1));
    this.first = parts.size() > 1 ? Names.fold(parts.get(0)) : "";
    variants.add(label);
  }

  boolean hasFirstName() {
    return !first.isEmpty();
  }

  /** Whether a full name (first + surname) can be this person. */
  boolean acceptsFull(String otherFirst, String otherSurname) {
    return Names.sameSurname(surname, otherSurname) && Names.compatibleFirst(first, otherFirst);
  }

  /** Whether a single name (surname or first name alone) can be this person. */
  boolean acceptsSingle(String folded) {
    return Names.sameSurname(surname, folded)
        || (!first.isEmpty() && first.equals(folded) && folded.length() > 2);
  }

  /** Adopt a fuller name ("Sergey Lavrov" after "Lavrov"). */
  void upgrade(String fullLabel, List<String> parts) {
    if (parts.size() > 1 && (!hasFirstName() || fullLabel.length() > label.length())) {
      label = fullLabel;
      first = Names.fold(parts.get(0));
      surname = Names.fold(parts.get(parts.size() - 1));
    }
    variants.add(fullLabel);
  }
}
