package org.w3id.parley.resolve;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3id.parley.extract.entity.Names;

/**
 * One article's person as resolution reads it: what that article alone says (its key for the
 * person, the label and every name it uses, the roles and countries it gives), nothing learnt from
 * other articles.
 *
 * @param article the article's id
 * @param key the article's own key for the person, unique within the article
 * @param label the fullest name the article gives
 * @param names every name the article uses for the person, the label included
 * @param roles roles the article gives
 * @param represents ISO codes of the countries the article says the person represents
 */
public record PersonDescription(
    String article,
    String key,
    String label,
    Set<String> names,
    Set<String> roles,
    Set<String> represents)
    implements Serializable {
  // Serializable so that a runner can ship descriptions between machines (the Spark job).
  private static final long serialVersionUID = 1L;

  public PersonDescription {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("blank label for " + article + "/" + key);
    }
    names = Set.copyOf(names);
    roles = Set.copyOf(roles);
    represents = Set.copyOf(represents);
  }

  /** The persons one article's facts describe, under the article's own keys. */
  public static java.util.List<PersonDescription> of(org.w3id.parley.extract.ArticleFacts facts) {
    java.util.List<PersonDescription> out = new java.util.ArrayList<>();
    for (org.w3id.parley.extract.entity.Entity e : facts.entities()) {
      if (e.ref().kind() == org.w3id.parley.extract.entity.EntityKind.PERSON) {
        java.util.Set<String> names = new java.util.HashSet<>(e.altLabels());
        names.add(e.label());
        out.add(
            new PersonDescription(
                facts.article().id(), e.ref().key(), e.label(), names, e.roles(), e.represents()));
      }
    }
    return out;
  }

  /** The fullest of one article's names for a person: most words, then longest, then first. */
  public static String fullest(Set<String> names) {
    return names.stream()
        .min(
            java.util.Comparator.<String>comparingInt(n -> -n.trim().split("\\s+").length)
                .thenComparingInt(n -> -n.length())
                .thenComparing(java.util.Comparator.naturalOrder()))
        .orElseThrow();
  }

  /** The label's words. */
  List<String> words() {
    return List.of(label.trim().split("\\s+"));
  }

  /** Folded surname: the label's last word. */
  String surname() {
    List<String> w = words();
    return Names.fold(w.get(w.size() - 1));
  }

  /** Folded first name, or "" when the article names the person by surname alone. */
  String first() {
    List<String> w = words();
    return w.size() > 1 ? Names.fold(w.get(0)) : "";
  }

  /** Whether the article gives a first name (or an initial) as well as the surname. */
  boolean full() {
    return !first().isEmpty();
  }
}
