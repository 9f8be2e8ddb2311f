package org.w3id.parley.extract.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Titles of address before a person's name ("Mr. Trump", "Mme Lagarde", "Dr. Fauci"): not part of
 * the name, and for most of them a gender ("" for "Dr.", "Prof.", "Rev.").
 */
final class Honorifics {
  private static final Map<String, String> GENDER =
      Map.ofEntries(
          Map.entry("mr", "male"),
          Map.entry("sir", "male"),
          Map.entry("monsieur", "male"),
          Map.entry("herr", "male"),
          Map.entry("mrs", "female"),
          Map.entry("ms", "female"),
          Map.entry("miss", "female"),
          Map.entry("madam", "female"),
          Map.entry("madame", "female"),
          Map.entry("mme", "female"),
          Map.entry("mlle", "female"),
          Map.entry("frau", "female"),
          Map.entry("dame", "female"),
          Map.entry("dr", ""),
          Map.entry("prof", ""),
          Map.entry("rev", ""));

  private Honorifics() {}

  /** The gender an honorific says ("" for one that says none), or empty for any other word. */
  static Optional<String> gender(String word) {
    return Optional.ofNullable(GENDER.get(key(word)));
  }

  /** Whether a word, as written, is an honorific: "Mr" or "Mr.", capitalised. */
  static boolean is(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && gender(word).isPresent();
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
