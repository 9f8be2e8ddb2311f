package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Sentence;

/**
 * Applies an analyst's overrides to the persons of an article (a forbidden name leaves its person
 * and becomes a person of its own), then records every remaining merge of a name that is not the
 * person's full label.
 */
public final class MergeRecorder {
  private final Mentions mentions;

  public MergeRecorder(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * Splits off the names the overrides forbid. Call after identities are assigned, before {@code
   * finish}.
   */
  public void apply(Overrides overrides) {
    if (overrides.isEmpty()) {
      return;
    }
    for (PersonCluster c : new ArrayList<>(mentions.clusters())) {
      Map<String, List<int[]>> split = new LinkedHashMap<>();
      for (int[] p : new ArrayList<>(c.places)) {
        String surface = surface(p);
        if (overrides.forbids(c.ref.key(), surface)) {
          split.computeIfAbsent(surface, k -> new ArrayList<>()).add(p);
          c.places.remove(p);
        }
      }
      for (var e : split.entrySet()) {
        c.variants.remove(e.getKey());
        PersonCluster own = new PersonCluster(e.getKey(), List.of(e.getKey().split("\\s+")));
        own.places.addAll(e.getValue());
        String key = Names.slug(e.getKey());
        for (int n = 2; taken(key); n++) {
          key = Names.slug(e.getKey()) + "-" + n;
        }
        own.ref = new EntityRef(EntityKind.PERSON, key);
        mentions.clusters().add(own);
      }
    }
    mentions.clusters().removeIf(c -> c.places.isEmpty());
  }

  private boolean taken(String key) {
    return mentions.clusters().stream().anyMatch(c -> c.ref != null && c.ref.key().equals(key));
  }

  /** One merge per name a person is called by in this article, other than its label. */
  public List<Merge> merges() {
    List<Merge> out = new ArrayList<>();
    for (PersonCluster c : mentions.clusters()) {
      Map<String, int[]> firstUse = new LinkedHashMap<>();
      for (int[] p : c.places) {
        firstUse.putIfAbsent(surface(p), p);
      }
      for (var e : firstUse.entrySet()) {
        String name = e.getKey();
        if (name.equals(c.label)) {
          continue;
        }
        int[] p = e.getValue();
        Sentence s = mentions.annotated().sentences().get(p[0]);
        Span span = mentions.span(p[0], p[1], p[2]);
        out.add(
            new Merge(
                c.ref,
                name,
                method(name, c.label),
                score(name, c.label),
                new Evidence(span, new Span(s.begin(), s.end()))));
      }
    }
    return out;
  }

  /** How a name came to be this person: the rule that joined it. */
  public static String method(String name, String label) {
    String[] words = name.trim().split("\\s+");
    String last = Names.fold(words[words.length - 1]);
    String surname = surname(label);
    if (Names.fold(name).equals(Names.fold(label))) {
      return "transliteration"; // Sergei / Sergey, Matovic / Matovič
    }
    if (!Names.sameSurname(last, surname)) {
      return "birth-name"; // "Born Robert Burns …"
    }
    if (!last.equals(surname)) {
      return "spelling"; // Mntasakanyan / Mnatsakanyan
    }
    if (words.length == 1) {
      return "surname";
    }
    return Names.fold(words[0]).length() == 1 ? "initial" : "variant";
  }

  public static double score(String name, String label) {
    String[] words = name.trim().split("\\s+");
    String last = Names.fold(words[words.length - 1]);
    String surname = surname(label);
    if (last.equals(surname)) {
      return 1.0;
    }
    int distance = Names.distance(last, surname);
    return Math.max(0.0, 1.0 - (double) distance / Math.max(last.length(), surname.length()));
  }

  private static String surname(String label) {
    String[] words = label.trim().split("\\s+");
    return Names.fold(words[words.length - 1]);
  }

  private static String longestName(java.util.Set<String> names) {
    return names.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
  }

  private String surface(int[] p) {
    return mentions.span(p[0], p[1], p[2]).of(mentions.text()).replaceAll("\\s+", " ");
  }
}
