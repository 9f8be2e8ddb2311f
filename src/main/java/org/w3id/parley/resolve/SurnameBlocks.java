package org.w3id.parley.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.parley.extract.entity.Names;

/**
 * Descriptions grouped by surname, spellings of one name together ({@link Names#sameSurname}:
 * "Zelensky" and "Zelenskyy" fold alike, "Lavrov" and "Lavorv" are a typo apart). A block is a
 * connected set of spellings, so it does not depend on the order they are met in. Only surnames
 * that share a spelling once a letter or two is deleted from each are compared: every pair {@code
 * sameSurname} can accept does.
 */
final class SurnameBlocks {
  private SurnameBlocks() {}

  /** The blocks, each in the input's order, in the order of their first surname. */
  static List<List<PersonDescription>> of(List<PersonDescription> all) {
    Map<String, List<PersonDescription>> bySurname = new TreeMap<>();
    for (PersonDescription d : all) {
      bySurname.computeIfAbsent(d.surname(), k -> new ArrayList<>()).add(d);
    }
    List<String> surnames = new ArrayList<>(bySurname.keySet());
    int[] parent = new int[surnames.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // Candidates share a spelling with up to k letters deleted from each (k = the most letters
    // sameSurname lets a name of that length differ by): every pair within k edits of optimal
    // string
    // alignment does, so the blocks are those of comparing all pairs, in time that grows with the
    // number of surnames rather than its square (50,000 surnames: 33 s compared pairwise).
    Map<String, List<Integer>> byVariant = new HashMap<>();
    for (int i = 0; i < surnames.size(); i++) {
      for (String v : variants(surnames.get(i))) {
        byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : byVariant.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          String x = surnames.get(same.get(a));
          String y = surnames.get(same.get(b));
          if (find(parent, same.get(a)) != find(parent, same.get(b))
              && Math.abs(x.length() - y.length()) <= 2
              && Names.sameSurname(x, y)) {
            union(parent, same.get(a), same.get(b));
          }
        }
      }
    }
    Map<Integer, List<PersonDescription>> blocks = new TreeMap<>();
    for (int i = 0; i < surnames.size(); i++) {
      blocks
          .computeIfAbsent(find(parent, i), k -> new ArrayList<>())
          .addAll(bySurname.get(surnames.get(i)));
    }
    return new ArrayList<>(blocks.values());
  }

  /**
   * The surname with up to k letters deleted, k as {@link Names#sameSurname} allows for its length
   * (none below five letters, which match only when equal), each keyed by the initial it must
   * share.
   */
  static Set<String> variants(String surname) {
    int k = surname.length() >= 8 ? 2 : surname.length() >= 5 ? 1 : 0;
    Set<String> out = new HashSet<>();
    String initial = surname.isEmpty() ? "" : surname.substring(0, 1);
    deletions(surname, k, 0, out);
    Set<String> keyed = new HashSet<>();
    out.forEach(v -> keyed.add(initial + "|" + v));
    return keyed;
  }

  private static void deletions(String s, int k, int from, Set<String> out) {
    out.add(s);
    if (k == 0) {
      return;
    }
    for (int i = from; i < s.length(); i++) {
      deletions(s.substring(0, i) + s.substring(i + 1), k - 1, i, out);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
