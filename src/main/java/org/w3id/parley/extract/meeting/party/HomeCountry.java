package org.w3id.parley.extract.meeting.party;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.place.Gazetteer;

/**
 * The country a wire story is filed from, read from its dateline ("WASHINGTON, March 3 - …", "RIO
 * DE JANEIRO, March 12 - …"): the government an article leaves unnamed ("the Administration",
 * "government ministers") is that country's. Only a country the article also names counts, so a
 * dateline abroad with no word about its country gives none.
 */
final class HomeCountry {
  /** An upper-case place at the start of a line, then a comma and a month (Reuters, AP). */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[ \\t]*([A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*)(?:, [A-Z][A-Za-z.'’\\-]+)*,"
              + " (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)");

  /** Where a dateline may be: the text's first characters (title and dateline). */
  private static final int WINDOW = 400;

  /** Words of a place name that stay lower case inside it ("Rio de Janeiro", "Dar es Salaam"). */
  private static final List<String> PARTICLES = List.of("de", "da", "do", "del", "es", "el", "of");

  private final Mentions mentions;
  private Optional<EntityRef> country;
  private Optional<Integer> placeBegin;

  HomeCountry(Mentions mentions) {
    this.mentions = mentions;
  }

  Optional<EntityRef> country() {
    if (country == null) {
      country = find();
    }
    return country;
  }

  /** Where the dateline's place begins in the text ("CARACAS" in "CARACAS, March 10 - …"). */
  Optional<Integer> placeBegin() {
    if (placeBegin == null) {
      Matcher m = dateline();
      placeBegin = m.find() ? Optional.of(m.start(1)) : Optional.empty();
    }
    return placeBegin;
  }

  private Matcher dateline() {
    String text = mentions.text();
    return DATELINE.matcher(text.substring(0, Math.min(WINDOW, text.length())));
  }

  private Optional<EntityRef> find() {
    Matcher m = dateline();
    if (!m.find()) {
      return Optional.empty();
    }
    Gazetteer g = Gazetteer.bundled();
    String place = titleCase(m.group(1));
    // "WASHINGTON" is Washington, Tyne and Wear by size alone: the countries the article names
    // decide, as they do for any city.
    List<String> named =
        mentions.all().stream()
            .map(Mention::ref)
            .filter(r -> r.kind() == EntityKind.COUNTRY)
            .map(EntityRef::key)
            .distinct()
            .toList();
    Optional<String> iso =
        g.country(place)
            .map(c -> c.iso2())
            .or(() -> g.city(place, named).map(c -> mentions.stateOf(c.countryIso2())));
    return iso.map(i -> new EntityRef(EntityKind.COUNTRY, i)).filter(this::named);
  }

  private boolean named(EntityRef c) {
    return mentions.all().stream().map(Mention::ref).anyMatch(c::equals);
  }

  /** "RIO DE JANEIRO" → "Rio de Janeiro", the spelling the gazetteer keys on. */
  static String titleCase(String upper) {
    String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i == 0 || !PARTICLES.contains(words[i])) {
        words[i] = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
      }
    }
    return Arrays.stream(words).collect(Collectors.joining(" "));
  }
}
