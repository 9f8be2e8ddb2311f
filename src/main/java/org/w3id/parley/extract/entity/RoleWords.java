package org.w3id.parley.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3id.parley.extract.text.WordList;

/**
 * The entity word lists, read once from this package's documented resources: {@code roles.tsv}
 * (titles and the office each names), {@code sole-offices.txt} (offices a country has one holder
 * of) and {@code organizations-tagged-as-places.tsv}.
 */
final class RoleWords {
  private static final Map<String, String> OFFICES = new HashMap<>();
  private static final Set<String> SOLE_OFFICES =
      Set.copyOf(WordList.words(RoleWords.class, "sole-offices.txt"));
  private static final Set<String> ORGANIZATIONS_TAGGED_AS_PLACES =
      new HashSet<>(WordList.words(RoleWords.class, "organizations-tagged-as-places.tsv"));

  static {
    for (String[] r : WordList.rows(RoleWords.class, "roles.tsv", 2)) {
      OFFICES.put(r[0], r[1]);
    }
  }

  private RoleWords() {}

  /** Whether a country has one holder of an office at a time ("president", not "minister"). */
  static boolean isSoleOffice(String office) {
    return SOLE_OFFICES.contains(office);
  }

  /** Whether a lower-case phrase is a title ("foreign minister", "secretary-general"). */
  static boolean isRole(String phrase) {
    return OFFICES.containsKey(phrase);
  }

  /**
   * The office a title names: "top diplomat" is "foreign minister"; an unknown phrase is itself.
   */
  static String office(String phrase) {
    return OFFICES.getOrDefault(phrase, phrase);
  }

  /** Whether NER's LOCATION with this exact surface is really an organisation ("EU", "NATO"). */
  static boolean isOrganizationTaggedAsPlace(String surface) {
    return ORGANIZATIONS_TAGGED_AS_PLACES.contains(surface);
  }
}
