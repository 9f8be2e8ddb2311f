package org.w3id.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.entity.Names;

/** Surname blocks found through shared deletions are those of comparing every pair. */
class SurnameBlocksTest {
  private static PersonDescription person(int i, String surname) {
    String label = "Ann " + surname;
    return new PersonDescription("a" + i, "k" + i, label, Set.of(label), Set.of(), Set.of());
  }

  /** Random names and typos of them: dropped, doubled, swapped and changed letters. */
  private static List<String> surnames(Random r, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(4)));
      int len = 3 + r.nextInt(9);
      for (int j = 1; j < len; j++) {
        b.append("aeioulmnrst".charAt(r.nextInt(11)));
      }
      out.add(b.toString());
      for (int t = r.nextInt(4); t > 0; t--) {
        StringBuilder typo = new StringBuilder(b);
        int at = 1 + r.nextInt(typo.length() - 1);
        switch (r.nextInt(4)) {
          case 0 -> typo.deleteCharAt(at);
          case 1 -> typo.insert(at, "aeioulmnrst".charAt(r.nextInt(11)));
          case 2 -> typo.setCharAt(at, "aeioulmnrst".charAt(r.nextInt(11)));
          default -> {
            if (at + 1 < typo.length()) {
              char c = typo.charAt(at);
              typo.setCharAt(at, typo.charAt(at + 1));
              typo.setCharAt(at + 1, c);
            }
          }
        }
        out.add(typo.toString());
        b = typo;
      }
    }
    return out;
  }

  /** The blocks as sets of folded surnames. */
  private static Set<Set<String>> asSets(List<List<PersonDescription>> blocks) {
    Set<Set<String>> out = new HashSet<>();
    for (List<PersonDescription> b : blocks) {
      Set<String> s = new TreeSet<>();
      b.forEach(d -> s.add(d.surname()));
      out.add(s);
    }
    return out;
  }

  /** Connected sets of surnames under sameSurname, every pair compared. */
  private static Set<Set<String>> pairwise(List<PersonDescription> all) {
    List<String> names =
        new ArrayList<>(new TreeSet<>(all.stream().map(d -> d.surname()).toList()));
    int[] group = new int[names.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < names.size(); a++) {
        for (int b = a + 1; b < names.size(); b++) {
          if (group[a] != group[b] && Names.sameSurname(names.get(a), names.get(b))) {
            int low = Math.min(group[a], group[b]);
            int high = Math.max(group[a], group[b]);
            for (int i = 0; i < group.length; i++) {
              if (group[i] == high) {
                group[i] = low;
              }
            }
            changed = true;
          }
        }
      }
    }
    java.util.Map<Integer, Set<String>> sets = new java.util.TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      sets.computeIfAbsent(group[i], k -> new TreeSet<>()).add(names.get(i));
    }
    return new HashSet<>(sets.values());
  }

  @Test
  void blocksAreThoseOfComparingEveryPair() {
    Random r = new Random(13);
    for (int round = 0; round < 5; round++) {
      List<PersonDescription> all = new ArrayList<>();
      List<String> names = surnames(r, 600);
      for (int i = 0; i < names.size(); i++) {
        all.add(person(i, names.get(i)));
      }
      Set<Set<String>> expected = pairwise(all);
      assertTrue(
          expected.stream().anyMatch(s -> s.size() > 2), "some blocks join several spellings");
      Set<Set<String>> found = asSets(SurnameBlocks.of(all));
      Set<Set<String>> missing = new HashSet<>(expected);
      missing.removeAll(found);
      Set<Set<String>> extra = new HashSet<>(found);
      extra.removeAll(expected);
      assertEquals(
          Set.of(), missing, "round " + round + ": blocks not found; found instead " + extra);
      assertEquals(Set.of(), extra, "round " + round + ": blocks found wrongly");
    }
  }

  @Test
  void variantsAllowTheLettersSameSurnameAllows() {
    assertEquals(Set.of("l|lee"), SurnameBlocks.variants("lee"), "short names: exact only");
    assertTrue(SurnameBlocks.variants("lavrov").contains("l|lavro"), "one letter off a short name");
    assertTrue(
        SurnameBlocks.variants("zelenski").contains("z|zelens"), "two letters off a long name");
  }
}
