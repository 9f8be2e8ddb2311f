package org.w3id.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.bundled();

  @Test
  void demonymsAndSpellingsNameTheirCountry() {
    assertEquals("AZ", g.country("Azerbaijani").orElseThrow().iso2());
    assertEquals("AZ", g.country("Azeri").orElseThrow().iso2());
    assertEquals("US", g.country("the United States").orElseThrow().iso2());
    assertEquals("US", g.country("U.S.").orElseThrow().iso2());
    assertEquals("PH", g.country("Philippine").orElseThrow().iso2(), "the adjective news uses");
    assertEquals("EC", g.country("Ecuadorian").orElseThrow().iso2());
    assertEquals(
        "FR", g.country("French").orElseThrow().iso2(), "the sovereign state, not a territory");
  }

  @Test
  void countriesCarryIsoCodesAndWikidataItems() {
    CountryInfo ru = g.byIso2("RU").orElseThrow();
    assertEquals("Russia", ru.name());
    assertEquals(Optional.of("Q159"), ru.qid());
    assertEquals(Optional.of("RUS"), ru.iso3());
  }

  @Test
  void westGermanyInOlderWireCopyIsGermany() {
    assertEquals("DE", g.country("West Germany").orElseThrow().iso2());
    assertEquals("DE", g.country("West German").orElseThrow().iso2());
    assertEquals("DD", g.country("East Germany").orElseThrow().iso2(), "a state of its own");
  }

  @Test
  void theSovietUnionIsAStateOfItsOwnThatHeldRussiasLandUntilItEnded() {
    CountryInfo su = g.country("the Soviet Union").orElseThrow();
    assertEquals("SU", su.iso2());
    assertEquals("SU", g.country("Soviet").orElseThrow().iso2());
    assertEquals("SU", g.country("USSR").orElseThrow().iso2());
    assertEquals(Optional.of("Q15180"), su.qid());
    assertEquals("Soviet Union", su.name());
    assertEquals("SU", g.stateOn("RU", java.time.LocalDate.of(1987, 3, 2)));
    assertEquals("SU", g.stateOn("UA", java.time.LocalDate.of(1991, 12, 25)));
    assertEquals("UA", g.stateOn("UA", java.time.LocalDate.of(1991, 12, 26)));
    assertEquals("RU", g.stateOn("RU", null), "today's state when the day is unknown");
    assertEquals("FR", g.stateOn("FR", java.time.LocalDate.of(1987, 3, 2)));
    assertEquals("Russia", g.country("Russia").orElseThrow().name());
  }

  @Test
  void capitalsThatMovedWereCapitalsInTheirDays() {
    CityInfo bonn = g.cities("Bonn").get(0);
    CityInfo berlin = g.cities("Berlin").get(0);
    assertTrue(g.capitalOn(bonn, java.time.LocalDate.of(1987, 3, 2)));
    assertTrue(!g.capitalOn(bonn, java.time.LocalDate.of(2005, 3, 2)));
    assertTrue(!g.capitalOn(bonn, null), "today's capitals when the day is unknown");
    assertTrue(!g.capitalOn(berlin, java.time.LocalDate.of(1987, 3, 2)));
    assertTrue(g.capitalOn(berlin, java.time.LocalDate.of(2005, 3, 2)));
    assertTrue(g.capitalOn(g.cities("Paris").get(0), java.time.LocalDate.of(1987, 3, 2)));
    assertTrue(g.isCapital("Bonn", java.time.LocalDate.of(1987, 3, 2)), "by name, as NER misses");
    assertTrue(!g.isCapital("Bonn"));
  }

  @Test
  void theUnitedNationsIsNotACountry() {
    assertTrue(g.country("United Nations").isEmpty());
  }

  @Test
  void parisIsParisFranceEvenInAStoryAboutTheUnitedStates() {
    assertEquals("FR", g.city("Paris", List.of("US")).orElseThrow().countryIso2());
    assertEquals("AT", g.city("Vienna", List.of("US")).orElseThrow().countryIso2());
  }

  @Test
  void aSmallTownNamedAfterAForeignCityNeedsMoreThanTheStorysCountry() {
    assertEquals("CH", g.city("Geneva", List.of("US", "JP")).orElseThrow().countryIso2());
  }

  @Test
  void washingtonIsTheCapitalWhateverCountriesTheStoryNames() {
    for (List<String> named :
        List.<List<String>>of(List.of(), List.of("US"), List.of("GB", "JP"))) {
      CityInfo w = g.city("Washington", named).orElseThrow();
      assertEquals("4140963", w.geonamesId(), "Washington, D.C., not Washington, Utah");
      assertTrue(w.capital());
    }
  }

  @Test
  void aSmallTownWinsWhenTheStoryNamesItsCountry() {
    CityInfo moscow = g.city("Moscow", List.of("US")).orElseThrow();
    assertEquals("RU", moscow.countryIso2(), "Moscow, Russia is far larger than Moscow, Idaho");
  }
}
