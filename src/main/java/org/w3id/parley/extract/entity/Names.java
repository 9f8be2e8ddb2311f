package org.w3id.parley.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by in-article clustering and cross-article identity. */
public final class Names {
  private Names() {}

  // Compiled once: resolution folds every name of a store.
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NOT_LETTER =
      java.util.regex.Pattern.compile("[^a-z]");
  private static final java.util.regex.Pattern NOT_ALNUM =
      java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern EDGE_DASHES =
      java.util.regex.Pattern.compile("^-+|-+$");

  /**
   * A name written in capitals, as a dateline writes it, in the case a gazetteer writes it: each
   * word's first letter upper case, the rest lower ("NEW YORK" is "New York", "ST. PETERSBURG" "St.
   * Petersburg").
   */
  public static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }

  /**
   * A spelling-tolerant key: no accents, lower case, letters only, {@code y} as {@code i}, doubled
   * letters single. So "Sergei" and "Sergey", "Zelensky" and "Zelenskyy", "Matovič" and "Matovic"
   * fold alike.
   */
  public static String fold(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s =
        NOT_LETTER
            .matcher(s.toLowerCase(Locale.ROOT))
            .replaceAll("")
            .replace('y', 'i')
            .replace("kh", "h");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** An IRI-safe key from a name: "Sergey Lavrov" gives {@code sergey-lavrov}. */
  public static String slug(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = EDGE_DASHES.matcher(s).replaceAll("");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Whether two folded surnames are spellings of one name: equal, or a typo apart in a long name.
   */
  public static boolean sameSurname(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return Names.distance(a, b) <= (shorter >= 8 ? 2 : 1);
  }

  /** Whether two folded first names can be one person's: equal, or one is the other's initial. */
  public static boolean compatibleFirst(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    return (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
  }
}
