package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Reads titles and countries next to person names: "Russia's foreign minister, Sergey Lavrov",
 * "Azerbaijani President Ilham Aliyev", "President of France Emmanuel Macron", "Zalmay Khalilzad, a
 * US peace envoy", and "his Azerbaijani counterpart Elmar Mammadyarov" (the counterpart takes the
 * role of the person "his" refers to).
 */
public final class RoleFinder {
  private static final int MAX_ROLE_WORDS = 4;

  /** The word that takes its role from context: "his Azerbaijani counterpart X". */
  private static final String COUNTERPART = "counterpart";

  private static final java.util.Set<String> APPOSITION_END =
      java.util.Set.of(",", ".", ";", ":", ")", "and", "who", "--", "—", "–");

  public void apply(Mentions m) {
    for (PersonCluster c : m.clusters()) {
      for (int[] p : c.places) {
        Sentence s = m.annotated().sentences().get(p[0]);
        left(m, c, s, p[1]);
        right(m, c, s, p[2]);
      }
    }
    for (PersonCluster c : m.clusters()) {
      for (int[] p : c.places) {
        counterpart(m, c, m.annotated().sentences().get(p[0]), p[1]);
      }
    }
  }

  private void left(Mentions m, PersonCluster c, Sentence s, int first) {
    List<Token> t = s.tokens();
    int j = first - 1;
    boolean comma = j >= 0 && t.get(j).text().equals(",");
    if (comma) {
      j--;
    }
    if (j < 0 || comma && t.get(j).pos().matches("NNP?S")) {
      // "after talks with South Korean leaders, Baldrige said": a plural before the comma ends
      // another phrase; it is no one's title
      return;
    }
    Optional<Mention> country = countryAt(m, s, j);
    if (country.isPresent()) {
      // "President of France Emmanuel Macron"
      int of = country.get().first() - 1;
      if (of > 0 && t.get(of).lemma().equals("of")) {
        int[] role = roleEndingAt(t, of - 1);
        if (role != null) {
          addRole(c, t, role);
          c.represents.add(country.get().ref().key());
        }
      }
      return;
    }
    int[] role = roleEndingAt(t, j);
    if (role == null) {
      return;
    }
    addRole(c, t, role);
    int k = role[0] - 1;
    if (k >= 0 && isPossessive(t.get(k))) {
      k--;
    }
    if (k >= 0) {
      countryAt(m, s, k).ifPresent(cm -> c.represents.add(cm.ref().key()));
    }
  }

  private void right(Mentions m, PersonCluster c, Sentence s, int last) {
    List<Token> t = s.tokens();
    int j = last + 1;
    if (j >= t.size() || !t.get(j).text().equals(",")) {
      return;
    }
    j++;
    if (j < t.size() && (t.get(j).pos().equals("DT") || t.get(j).pos().equals("PRP$"))) {
      j++;
    }
    String country = null;
    Optional<Mention> cm = j < t.size() ? countryAt(m, s, j) : Optional.empty();
    if (cm.isPresent()) {
      country = cm.get().ref().key();
      j = cm.get().last() + 1;
      if (j < t.size() && isPossessive(t.get(j))) {
        j++;
      }
    }
    int[] role = roleStartingAt(t, j);
    if (role == null
        || (role[1] + 1 < t.size()
            && t.get(role[1] + 1).isProperNoun()
            && !t.get(role[1] + 1).lemma().equals("of"))) {
      return; // "Johnson, Queen Elizabeth…": the title belongs to the next name
    }
    int after = role[1] + 1;
    if (country == null && after + 1 < t.size() && t.get(after).lemma().equals("of")) {
      Optional<Mention> of = countryAt(m, s, after + 1);
      if (of.isEmpty() && after + 2 < t.size() && t.get(after + 1).pos().equals("DT")) {
        of = countryAt(m, s, after + 2);
      }
      country = of.map(x -> x.ref().key()).orElse(null);
    }
    int end = role[1] + 1;
    if (end < t.size() && t.get(end).lemma().equals("of")) {
      end += 2;
      while (end < t.size() && t.get(end).isProperNoun()) {
        end++;
      }
    }
    if (end < t.size() && !APPOSITION_END.contains(t.get(end).text())) {
      return; // "Boris Johnson, the Queen suspended…": a new clause, not an apposition
    }
    addRole(c, t, role);
    if (country != null) {
      c.represents.add(country);
    }
  }

  private void counterpart(Mentions m, PersonCluster c, Sentence s, int first) {
    List<Token> t = s.tokens();
    int j = first - 1;
    if (j < 0 || !t.get(j).lemma().equals(COUNTERPART)) {
      return;
    }
    int k = j - 1;
    if (k >= 0) {
      Optional<Mention> cm = countryAt(m, s, k);
      if (cm.isPresent()) {
        c.represents.add(cm.get().ref().key());
        k = cm.get().first() - 1;
      }
    }
    if (k >= 0 && References.isPersonPronoun(t.get(k).lemma())) {
      PersonCluster owner = previousPerson(m, c, s.index(), k);
      if (owner != null) {
        c.roles.addAll(owner.roles);
      }
    }
  }

  /** The nearest person other than {@code self} named before the given token. */
  static PersonCluster previousPerson(Mentions m, PersonCluster self, int sentence, int token) {
    PersonCluster best = null;
    int bestPos = -1;
    for (PersonCluster c : m.clusters()) {
      if (c == self) {
        continue;
      }
      for (int[] p : c.places) {
        int pos = p[0] * 10000 + p[1];
        if (pos < sentence * 10000 + token && pos > bestPos) {
          bestPos = pos;
          best = c;
        }
      }
    }
    return best;
  }

  private static Optional<Mention> countryAt(Mentions m, Sentence s, int token) {
    return m.at(s.index(), token).filter(x -> x.ref().kind() == EntityKind.COUNTRY);
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS");
  }

  private static void addRole(PersonCluster c, List<Token> t, int[] range) {
    String phrase = singular(t, range[0], range[1]);
    c.roles.add(RoleWords.office(phrase));
  }

  /**
   * The canonical role named by the words ending at token j ("foreign ministers" gives "foreign
   * minister", "top diplomat" too), or empty.
   */
  public static java.util.Optional<String> roleAt(List<Token> t, int j) {
    int[] r = roleEndingAt(t, j);
    if (r == null) {
      return java.util.Optional.empty();
    }
    String phrase = singular(t, r[0], r[1]);
    return java.util.Optional.of(RoleWords.office(phrase));
  }

  /**
   * Whether a title ({@code roles.tsv}) ends at token j: "the Deputy U.S. Trade Representative".
   */
  public static boolean titleEndsAt(List<Token> t, int j) {
    return roleEndingAt(t, j) != null;
  }

  /** {first, last} of the longest role phrase ending at token j, or null. */
  static int[] roleEndingAt(List<Token> t, int j) {
    for (int n = MAX_ROLE_WORDS + 2; n >= 1; n--) {
      int a = j - n + 1;
      if (a >= 0 && (RoleWords.isRole(phrase(t, a, j)) || RoleWords.isRole(singular(t, a, j)))) {
        return new int[] {a, j};
      }
    }
    return null;
  }

  /** {first, last} of the longest role phrase starting at token j, or null. */
  static int[] roleStartingAt(List<Token> t, int j) {
    for (int n = MAX_ROLE_WORDS + 2; n >= 1; n--) {
      int b = j + n - 1;
      if (j >= 0 && b < t.size() && RoleWords.isRole(phrase(t, j, b))) {
        return new int[] {j, b};
      }
    }
    return null;
  }

  /** The phrase with its last word as lemma: "foreign ministers" gives "foreign minister". */
  static String singular(List<Token> t, int a, int b) {
    String p = phrase(t, a, b);
    String last = t.get(b).text().toLowerCase(Locale.ROOT);
    return p.substring(0, p.length() - last.length()) + t.get(b).lemma();
  }

  /** Lower-case words joined by spaces, hyphens kept tight: "secretary-general". */
  static String phrase(List<Token> t, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int i = a; i <= b; i++) {
      String w = t.get(i).text().toLowerCase(Locale.ROOT);
      boolean tight = w.equals("-") || (i > a && t.get(i - 1).text().equals("-"));
      if (sb.length() > 0 && !tight) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
