package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names one article gives an organisation, joined into one: a legal suffix does not make
 * another company ("Texaco Inc" and "Texaco", "Dayton Hudson Corp" and "Dayton Hudson"), and a
 * shorter name that begins a longer one names the same body when only one longer name fits ("Morgan
 * Grenfell" in an article about "Morgan Grenfell Group Plc"). The key, and so the IRI, is made from
 * the longest core name, so the same company in another article meets the same node when that
 * article names it in full.
 *
 * <pre>{@code
 * OrgNames names = new OrgNames(List.of("Texaco Inc", "Texaco", "Pennzoil Co"));
 * names.keyOf("Texaco"); // "texaco"
 * names.labelOf("Texaco"); // "Texaco Inc"
 * }</pre>
 */
final class OrgNames {
  /** Legal-form words that end a company name without changing which company it is. */
  private static final Set<String> SUFFIXES =
      Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "cos",
          "ltd",
          "limited",
          "plc",
          "llc",
          "lp",
          "llp",
          "sa",
          "ag",
          "nv",
          "bv",
          "gmbh",
          "spa",
          "ab",
          "oy",
          "as",
          "asa",
          "kk",
          "pty",
          "mij",
          "se");

  /** Lines of business a one-word name may leave out ({@code company-words.txt}). */
  private static final Set<String> COMPANY_WORDS =
      Set.copyOf(org.w3id.parley.extract.text.WordList.words(OrgNames.class, "company-words.txt"));

  private final Map<String, String> keyOf = new LinkedHashMap<>();
  private final Map<String, String> labelOf = new LinkedHashMap<>();

  /** Each name's core ({@link #core}), worked out once: the lookups compare it with every name. */
  private final Map<String, List<String>> coreOf = new java.util.HashMap<>();

  OrgNames(List<String> surfaces) {
    Map<String, List<String>> cores = new LinkedHashMap<>();
    for (String s : surfaces) {
      coreOf.put(s, core(s));
      cores.computeIfAbsent(String.join(" ", coreOf.get(s)), k -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<String, List<String>> e : cores.entrySet()) {
      String canonical = e.getKey();
      List<String> longer =
          cores.keySet().stream()
              .filter(c -> !c.equals(e.getKey()) && c.startsWith(e.getKey() + " "))
              .toList();
      // "Morgan Grenfell" is "Morgan Grenfell Group"; an acronym such as "OSCE" is not "OSCE Minsk
      // Group", so a one-word name joins a longer one only through a legal suffix (same core), a
      // line of business ("Compaq Computer"), or as its initials ("HP" for "Hewlett-Packard").
      if (longer.size() == 1 && e.getKey().contains(" ")) {
        canonical = longer.get(0);
      } else if (!e.getKey().contains(" ") && !e.getKey().isEmpty()) {
        canonical = oneWord(e.getKey(), e.getValue(), cores.keySet()).orElse(canonical);
      }
      String label =
          cores.get(canonical).stream()
              .max(java.util.Comparator.comparingInt(String::length))
              .orElse(e.getValue().get(0));
      for (String s : e.getValue()) {
        keyOf.put(s, Names.slug(canonical.isEmpty() ? s : canonical));
        labelOf.put(s, label);
      }
    }
  }

  /**
   * The longer name a one-word name stands for: the one longer name it begins whose other words are
   * all lines of business ({@code company-words.txt}), else, for a name written in capitals, the
   * one longer name it is the initials of ("HP" for "Hewlett-Packard", "GM" for "General Motors").
   * Several that fit leave it on its own.
   */
  private static java.util.Optional<String> oneWord(
      String word, List<String> surfaces, Set<String> cores) {
    List<String> business = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    boolean capitals = surfaces.stream().anyMatch(Abbreviations::isAbbreviation);
    for (String c : cores) {
      if (c.equals(word) || !c.contains(" ") && !c.contains("-")) {
        continue;
      }
      if (addsOnlyBusiness(List.of(word), List.of(c.split(" ")))) {
        business.add(c);
      }
      if (capitals && word.equals(initials(c))) {
        initials.add(c);
      }
    }
    if (business.size() == 1) {
      return java.util.Optional.of(business.get(0));
    }
    return initials.size() == 1 && business.isEmpty()
        ? java.util.Optional.of(initials.get(0))
        : java.util.Optional.empty();
  }

  /** Words an acronym skips: "Bank of America" is BOA, "Procter & Gamble" P&G's PG. */
  private static final Set<String> UNCOUNTED = Set.of("of", "and", "the", "for", "&", "de", "du");

  /** The first letters of a core name's words, hyphenated parts counted apart. */
  private static String initials(String core) {
    StringBuilder out = new StringBuilder();
    for (String w : core.split("[ \\-]+")) {
      if (!w.isEmpty() && !UNCOUNTED.contains(w)) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** The key of the organisation a surface names (one the constructor was given). */
  String keyOf(String surface) {
    return keyOf.getOrDefault(surface, Names.slug(String.join(" ", core(surface))));
  }

  /** The fullest name the article gives the organisation a surface names. */
  String labelOf(String surface) {
    return labelOf.getOrDefault(surface, surface);
  }

  /**
   * The organisation name a surface tagged some other way stands for ("Dayton Hudson" tagged a
   * place in an article about "Dayton Hudson Corp"): one with the same core, or the one longer name
   * its core of two or more words begins.
   */
  java.util.Optional<String> known(String surface) {
    return known(surface, true);
  }

  /**
   * As {@link #known(String)}; without {@code prefixes}, only a name with the same core counts (a
   * place "North Carolina" is not the "North Carolina State Board of Elections").
   */
  java.util.Optional<String> known(String surface, boolean prefixes) {
    String c = String.join(" ", core(surface));
    if (c.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> longer = new ArrayList<>();
    for (String s : keyOf.keySet()) {
      String other = String.join(" ", coreOf.get(s));
      if (other.equals(c)) {
        return java.util.Optional.of(s);
      }
      if (prefixes && c.contains(" ") && other.startsWith(c + " ")) {
        longer.add(s);
      }
    }
    return longer.size() == 1 ? java.util.Optional.of(longer.get(0)) : java.util.Optional.empty();
  }

  /**
   * The organisation a name NER tagged as a person stands for: one with the same core, or the one
   * longer name that adds only lines of business ({@code company-words.txt}): "Dart" in an article
   * about "Dart Group Corp", "Mark IV" in one about "Mark IV Industries Inc". A longer name with
   * any other word is another body ("Clinton" is not the "Clinton Foundation").
   */
  java.util.Optional<String> standsForPerson(String surface) {
    java.util.Optional<String> same = known(surface, false);
    if (same.isPresent()) {
      return same;
    }
    List<String> c = core(surface);
    if (c.isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> fits = new java.util.LinkedHashSet<>();
    for (String s : keyOf.keySet()) {
      if (addsOnlyBusiness(c, coreOf.get(s))) {
        fits.add(keyOf.get(s));
      }
    }
    if (fits.size() != 1) {
      return java.util.Optional.empty();
    }
    String key = fits.iterator().next();
    return keyOf.entrySet().stream()
        .filter(e -> e.getValue().equals(key))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * Whether a longer core begins with a shorter one and adds only lines of business ({@code
   * company-words.txt}): "compaq computer" after "compaq", "mark iv industries" after "mark iv".
   */
  private static boolean addsOnlyBusiness(List<String> shorter, List<String> longer) {
    return longer.size() > shorter.size()
        && longer.subList(0, shorter.size()).equals(shorter)
        && longer.subList(shorter.size(), longer.size()).stream().allMatch(COMPANY_WORDS::contains);
  }

  /** Whether a name ends with a legal form ("Inc", "Corp", "AG"). */
  static boolean hasLegalSuffix(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).replace(".", "").trim().split("\\s+");
    return w.length > 1 && SUFFIXES.contains(w[w.length - 1]);
  }

  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[\\s,]+");
  private static final java.util.regex.Pattern EDGES =
      java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['’]s$");

  /** The name's words in lower case without a leading "the", a possessive or a legal suffix. */
  static List<String> core(String name) {
    List<String> words = new ArrayList<>();
    for (String w : SEPARATORS.split(name.toLowerCase(Locale.ROOT))) {
      String t = EDGES.matcher(w).replaceAll("").replace(".", "");
      if (!t.isEmpty()) {
        words.add(t);
      }
    }
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (!words.isEmpty()) {
      int last = words.size() - 1;
      words.set(last, POSSESSIVE.matcher(words.get(last)).replaceAll(""));
    }
    return words;
  }
}
