package org.w3id.parley.extract.entity;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.place.CityInfo;
import org.w3id.parley.extract.place.CountryInfo;

/** An entity while an article is being read; becomes an immutable {@link Entity}. */
public final class EntityDraft {
  final EntityRef ref;
  String label;
  final Set<String> altLabels = new LinkedHashSet<>();
  Optional<String> country = Optional.empty();
  Optional<String> wikidata = Optional.empty();
  Optional<String> iso3 = Optional.empty();
  Optional<String> geonamesId = Optional.empty();

  /** Whether a place is its country's capital, which can stand for the state ("Moscow said"). */
  boolean capital;

  /** Roles and countries of a person the article names by office alone ("Mexico's president"). */
  final Set<String> officeRoles = new LinkedHashSet<>();

  final Set<String> officeCountries = new LinkedHashSet<>();

  /** The entity's preferred name as the article gives it so far. */
  public String label() {
    return label;
  }

  /** Whether this place is its country's capital. */
  public boolean isCapital() {
    return capital;
  }

  /** The ISO code of a place's country, if known. */
  public Optional<String> countryIso() {
    return country;
  }

  EntityDraft(EntityRef ref, String label) {
    this.ref = ref;
    this.label = label;
  }

  static EntityDraft country(EntityRef ref, CountryInfo c) {
    EntityDraft d = new EntityDraft(ref, c.name());
    d.wikidata = c.qid();
    d.iso3 = c.iso3();
    return d;
  }

  /** A city; {@code capital} whether it was its country's capital when the article was written. */
  static EntityDraft city(EntityRef ref, CityInfo c, boolean capital) {
    EntityDraft d = new EntityDraft(ref, c.name());
    d.country = Optional.of(c.countryIso2());
    d.geonamesId = Optional.of(c.geonamesId());
    d.capital = capital;
    return d;
  }

  /** The countries an office-holder the article does not name holds office for. */
  public Set<String> officeCountries() {
    return java.util.Collections.unmodifiableSet(officeCountries);
  }

  Entity build(PersonCluster cluster) {
    Set<String> roles = cluster == null ? officeRoles : cluster.roles;
    Set<String> reps = cluster == null ? officeCountries : cluster.represents;
    return new Entity(ref, label, altLabels, roles, reps, country, wikidata, iso3, geonamesId);
  }
}
