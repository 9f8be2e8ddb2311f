package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.nlp.AnnotatedText;

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

  PersonCluster(String label, List<String> parts) {
    this.label = label;
    this.surname = Names.fold(parts.get(parts.size() - 1));
    this.first = parts.size() > 1 ? Names.fold(parts.get(0)) : "";
    variants.add(label);
  }

  /** The offices the article gives the person ("president", "foreign minister"). */
  public Set<String> roles() {
    return java.util.Collections.unmodifiableSet(roles);
  }

  /** The person's entity, once the article's persons are resolved. */
  public EntityRef ref() {
    return ref;
  }

  boolean hasFirstName() {
    return !first.isEmpty();
  }

  /** Where the person is first named, as sentence * 10000 + token. */
  int earliestPlace() {
    return places.stream().mapToInt(p -> p[0] * 10000 + p[1]).min().orElse(Integer.MAX_VALUE);
  }

  /** Where the person is last named, as sentence * 10000 + token. */
  int latestPlace() {
    return places.stream().mapToInt(p -> p[0] * 10000 + p[1]).max().orElse(-1);
  }

  /** Whether a full name (first + surname) can be this person. */
  boolean acceptsFull(String otherFirst, String otherSurname) {
    return Names.sameSurname(surname, otherSurname) && Names.compatibleFirst(first, otherFirst);
  }

  /**
   * Whether a name of two words or more and one of this person's names are the same name but for
   * given names before it: "De Croo" and "Herman De Croo", "Santos Alvite" and "Fernando Santos
   * Alvite", "Van der Vorm" and "Pieter van der Vorm". A surname of several words is not a first
   * name and a surname.
   */
  boolean sharesNameTail(List<String> parts) {
    if (parts.size() < 2) {
      return false;
    }
    List<String> other = folded(parts);
    for (String v : variants) {
      List<String> mine = folded(List.of(v.trim().split("\\s+")));
      List<String> shorter = mine.size() <= other.size() ? mine : other;
      List<String> longer = shorter == mine ? other : mine;
      if (shorter.size() >= 2
          && shorter.size() < longer.size()
          && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> folded(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String f = Names.fold(w);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
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

  /**
   * "male", "female" or "" for this person, from CoreNLP's first-name lists over the article's
   * mentions, else from the honorifics before them ("Ms. Frankel" for a first name the lists do not
   * know). A name decides first: "Mr. Obama" may be a surname mention of the husband that a
   * family's shared surname put beside Michelle Obama's.
   */
  String gender(AnnotatedText text) {
    int male = 0;
    int female = 0;
    int mr = 0;
    int mrs = 0;
    for (int[] p : places) {
      // First names only: a surname that is also a first name ("Clinton") says nothing.
      for (int k = p[1]; k < p[2]; k++) {
        String g = text.sentences().get(p[0]).tokens().get(k).gender();
        male += g.equals("male") ? 1 : 0;
        female += g.equals("female") ? 1 : 0;
      }
      if (p[1] > 0) {
        String before = text.sentences().get(p[0]).tokens().get(p[1] - 1).text();
        String g = Honorifics.is(before) ? Honorifics.gender(before).orElse("") : "";
        mr += g.equals("male") ? 1 : 0;
        mrs += g.equals("female") ? 1 : 0;
      }
    }
    if (male == 0 && female == 0) {
      male = mr;
      female = mrs;
    }
    return male > female ? "male" : female > male ? "female" : "";
  }

  /**
   * "Born Robert Burns in Arroyo Grande, he took his stepfather's name": a name only ever
   * introduced by "born" is the birth name of the person the article is about (the one it names
   * most), not a second person.
   */
  static void mergeBirthNames(List<PersonCluster> clusters, AnnotatedText text) {
    PersonCluster main =
        clusters.stream().max(java.util.Comparator.comparingInt(c -> c.places.size())).orElse(null);
    for (PersonCluster c : new ArrayList<>(clusters)) {
      boolean born =
          c != main
              && c.places.stream()
                  .allMatch(
                      p ->
                          p[1] > 0
                              && text.sentences()
                                  .get(p[0])
                                  .tokens()
                                  .get(p[1] - 1)
                                  .text()
                                  .equalsIgnoreCase("born"));
      if (main != null && born) {
        clusters.remove(c);
        main.places.addAll(c.places);
        main.variants.addAll(c.variants);
      }
    }
  }
}
