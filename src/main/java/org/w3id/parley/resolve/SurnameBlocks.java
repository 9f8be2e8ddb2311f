package org.w3id.parley.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.parley.extract.entity.Names;

/**
 * Descriptions grouped by surname, spellings of one name together ({@link Names#sameSurname}:
 * "Zelensky" and "Zelenskyy" fold alike, "Lavrov" and "Lavorv" are a typo apart). A block is a
 * connected set of spellings, so it does not depend on the order they are met in. Only surnames
 * that start alike and are at most two letters apart in length are compared, which is what {@code
 * sameSurname} can accept.
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
    Map<Character, List<Integer>> byInitial = new TreeMap<>();
    for (int i = 0; i < surnames.size(); i++) {
      String s = surnames.get(i);
      byInitial.computeIfAbsent(s.isEmpty() ? ' ' : s.charAt(0), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byInitial.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          String x = surnames.get(same.get(a));
          String y = surnames.get(same.get(b));
          if (Math.abs(x.length() - y.length()) <= 2 && Names.sameSurname(x, y)) {
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
