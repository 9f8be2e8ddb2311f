package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one article says about one entity.
 *
 * @param ref identity
 * @param label preferred name (full name for persons, common name for countries)
 * @param altLabels other names the article uses (surname alone, misspellings, demonyms)
 * @param roles persons only: lower-case titles such as "foreign minister"
 * @param represents persons only: ISO codes of the countries the person acts for
 * @param country places only: ISO code of the place's country
 * @param wikidata countries: Wikidata item id
 * @param iso3 countries: alpha-3 code
 * @param geonamesId places: GeoNames id
 */
public record Entity(
    EntityRef ref,
    String label,
    Set<String> altLabels,
    Set<String> roles,
    Set<String> represents,
    Optional<String> country,
    Optional<String> wikidata,
    Optional<String> iso3,
    Optional<String> geonamesId) {

  public Entity {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(label, "label");
    altLabels = org.w3id.parley.extract.text.StableSets.copyOf(altLabels);
    roles = org.w3id.parley.extract.text.StableSets.copyOf(roles);
    represents = org.w3id.parley.extract.text.StableSets.copyOf(represents);
    if (label.isBlank()) {
      throw new IllegalArgumentException("blank label for " + ref.path());
    }
    if (ref.kind() != EntityKind.PERSON && (!roles.isEmpty() || !represents.isEmpty())) {
      throw new IllegalArgumentException("only persons have roles: " + ref.path());
    }
  }

  /** Sorted alternative labels, without the label itself, for stable output. */
  public List<String> sortedAltLabels() {
    return altLabels.stream().filter(a -> !a.equals(label)).sorted().toList();
  }
}
