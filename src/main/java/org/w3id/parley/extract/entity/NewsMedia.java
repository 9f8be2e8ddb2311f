package org.w3id.parley.extract.entity;

import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.extract.text.WordList;

/**
 * Which organisations are news media, by their names: one with a word of {@code media.txt} ("The
 * Washington Post", "Fox News", "Reuters"), unless it is a country's postal service ("Canada Post",
 * "Deutsche Post"). Readers use it to tell an interview from a meeting.
 *
 * <pre>{@code
 * NewsMedia.is("the Jerusalem Post");  // true
 * NewsMedia.is("Canada Post");         // false
 * }</pre>
 */
public final class NewsMedia {
  private static final Set<String> WORDS = Set.copyOf(WordList.words(NewsMedia.class, "media.txt"));

  private NewsMedia() {}

  /** Whether an organisation of this name is a news medium. */
  public static boolean is(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (WORDS.contains(w)) {
        return !postalService(name);
      }
    }
    return false;
  }

  /**
   * "Canada Post", "Deutsche Post": a country's post is its postal service, not a newspaper as a
   * city's is ("The Washington Post", "the Jerusalem Post").
   */
  private static boolean postalService(String name) {
    String n = name.strip().replaceFirst("^(?i)the ", "");
    return n.endsWith(" Post")
        && Gazetteer.bundled().country(n.substring(0, n.length() - " Post".length())).isPresent();
  }
}
