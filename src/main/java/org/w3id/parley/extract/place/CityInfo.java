package org.w3id.parley.extract.place;

/**
 * A populated place from the GeoNames-derived gazetteer.
 *
 * @param geonamesId GeoNames id, the place's identity
 * @param name English name
 * @param countryIso2 ISO alpha-2 code of its country
 * @param capital whether it is a national capital (feature code PPLC)
 * @param population population, used to choose between places of the same name
 */
public record CityInfo(
    String geonamesId, String name, String countryIso2, boolean capital, long population) {}
