package org.w3id.parley.extract.place;

import java.util.Objects;
import java.util.Optional;

/**
 * A country or territory from the gazetteer.
 *
 * @param iso2 ISO 3166-1 alpha-2 code, the country's identity in Parley
 * @param iso3 alpha-3 code, if it has one
 * @param qid Wikidata item id ({@code Q159}), if known
 * @param name common English name, used as the label
 * @param capital English name of the capital, if known
 */
public record CountryInfo(
    String iso2,
    Optional<String> iso3,
    Optional<String> qid,
    String name,
    Optional<String> capital) {
  public CountryInfo {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    if (!iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("iso2 must be two upper-case letters: '" + iso2 + "'");
    }
  }
}
