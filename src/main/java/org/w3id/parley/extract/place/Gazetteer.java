package org.w3id.parley.extract.place;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries (names, official names, spellings, demonyms; ISO codes and Wikidata ids) and cities
 * (GeoNames) that Parley recognises, and states that have ended (the Soviet Union, East Germany).
 * Loaded once from the bundled resources {@code countries.tsv}, {@code former-states.tsv}, {@code
 * country-aliases.tsv}, {@code cities.tsv} and {@code city-aliases.tsv}.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.bundled();
 * g.country("Azerbaijani");   // Optional[AZ]
 * g.cities("Paris");          // Paris FR first, then Paris US
 * g.stateOn("RU", LocalDate.of(1987, 3, 2));   // SU: Moscow then was the Soviet capital
 * }</pre>
 */
public final class Gazetteer {
  private static final Set<String> NOT_COUNTRIES = Set.of("EU", "UN", "FX");
  private static final com.google.common.base.Supplier<Gazetteer> BUNDLED =
      com.google.common.base.Suppliers.memoize(Gazetteer::load);

  private final Map<String, CountryInfo> byIso2;
  private final Map<String, String> countryNames;
  private final ListMultimap<String, CityInfo> citiesByName;
  private final List<FormerState> formerStates;
  private final Map<String, LocalDate[]> capitalDays;
  private final int longestName;

  /** A state that ended on {@code lastDay}, and the countries whose land it held. */
  private record FormerState(String iso2, LocalDate lastDay, Set<String> territories) {}

  private Gazetteer(
      Map<String, CountryInfo> byIso2,
      Map<String, String> countryNames,
      ListMultimap<String, CityInfo> cities,
      List<FormerState> formerStates,
      Map<String, LocalDate[]> capitalDays) {
    this.byIso2 = ImmutableMap.copyOf(byIso2);
    this.countryNames = ImmutableMap.copyOf(countryNames);
    this.citiesByName = ImmutableListMultimap.copyOf(cities);
    this.formerStates = List.copyOf(formerStates);
    this.capitalDays = Map.copyOf(capitalDays);
    this.longestName =
        countryNames.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
  }

  /** The gazetteer shipped with Parley. */
  public static Gazetteer bundled() {
    return BUNDLED.get();
  }

  /** The country with this ISO alpha-2 code. */
  public Optional<CountryInfo> byIso2(String iso2) {
    return Optional.ofNullable(byIso2.get(iso2));
  }

  /**
   * The country a name, spelling or demonym stands for (exact case, e.g. "Russia", "Azerbaijani",
   * "U.S.").
   */
  public Optional<CountryInfo> country(String name) {
    String iso = countryNames.get(name);
    if (iso == null && name.startsWith("the ")) {
      iso = countryNames.get(name.substring(4));
    }
    return iso == null ? Optional.empty() : byIso2(iso);
  }

  /**
   * The state that held a country's land on a day: the Soviet Union for Russia or Ukraine before 26
   * December 1991, the country itself otherwise (and when the day is unknown). A capital acting as
   * a state ("visited Moscow") stands for this one.
   */
  public String stateOn(String iso2, LocalDate day) {
    if (day != null) {
      for (FormerState f : formerStates) {
        if (f.territories().contains(iso2) && !day.isAfter(f.lastDay())) {
          return f.iso2();
        }
      }
    }
    return iso2;
  }

  /**
   * Whether a city was its country's capital on a day: Bonn in 1987, not in 2005; Berlin the other
   * way round ({@code capitals-by-date.tsv}); today's capital when the day is unknown.
   */
  public boolean capitalOn(CityInfo city, LocalDate day) {
    LocalDate[] span = capitalDays.get(city.geonamesId());
    if (span == null) {
      return city.capital();
    }
    if (day == null) {
      return span[1] == null;
    }
    return (span[0] == null || !day.isBefore(span[0]))
        && (span[1] == null || !day.isAfter(span[1]));
  }

  /** The most words a country name has, for longest-match scanning. */
  public int longestCountryName() {
    return longestName;
  }

  /** Whether a name is a national capital's ("Kyiv", "Moscow"), which NER sometimes misses. */
  public boolean isCapital(String name) {
    return isCapital(name, null);
  }

  /** Whether a name was a national capital's on a day ({@link #capitalOn}): "Bonn" in 1987. */
  public boolean isCapital(String name, LocalDate day) {
    return citiesByName.get(name).stream().anyMatch(c -> capitalOn(c, day));
  }

  /** Cities with this name, capitals and larger places first. */
  public List<CityInfo> cities(String name) {
    return citiesByName.get(name);
  }

  /**
   * The city a name most likely means in an article that names the given countries: a city in a
   * named country wins unless another of the same name is far larger or a capital (Paris in a story
   * about Texas is still Paris, France, unless the story names no France and Paris, Texas is all
   * there is). A town of less than an eighth of the largest of its name gets no help from the
   * story's countries: "Geneva" in a story about American and Japanese officials is Geneva,
   * Switzerland, since wire copy names Geneva, Illinois, with its state.
   */
  public Optional<CityInfo> city(String name, java.util.Collection<String> articleCountries) {
    List<CityInfo> named = citiesByName.get(name);
    long largest = named.stream().mapToLong(CityInfo::population).max().orElse(0);
    CityInfo best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (CityInfo c : named) {
      boolean sizeable = c.population() * 8 >= largest;
      double score =
          Math.log10(Math.max(c.population(), 10))
              + (c.capital() ? 1.0 : 0.0)
              + (sizeable && articleCountries.contains(c.countryIso2()) ? 1.5 : 0.0);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Gazetteer load() {
    Map<String, CountryInfo> byIso2 = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<String[]> rows = readTsv("countries.tsv");
    // Independent, UN-member rows first, so an ambiguous demonym ("French") names the sovereign
    // state.
    rows.sort(
        Comparator.comparing((String[] r) -> !"True".equals(col(r, 12)))
            .thenComparing(r -> !"True".equals(col(r, 11))));
    for (String[] r : rows) {
      String iso2 = r[0];
      if (NOT_COUNTRIES.contains(iso2)) {
        continue; // the EU and the UN are organisations; "Metropolitan France" would shadow France
      }
      String common = col(r, 5).isEmpty() ? col(r, 4) : col(r, 5);
      byIso2.put(
          iso2, new CountryInfo(iso2, opt(col(r, 1)), opt(col(r, 3)), common, opt(col(r, 7))));
      for (String n : List.of(common, col(r, 4), col(r, 6), col(r, 8), col(r, 9))) {
        addName(names, n, iso2);
      }
      for (String alt : col(r, 10).split("\\|")) {
        if (alt.length() > 2 || alt.equals("US") || alt.equals("UK")) {
          addName(names, alt, iso2);
        }
      }
    }
    List<FormerState> former = new ArrayList<>();
    for (String[] r : readTsv("former-states.tsv")) {
      byIso2.put(r[0], new CountryInfo(r[0], opt(col(r, 1)), opt(col(r, 2)), r[3], opt(col(r, 4))));
      addName(names, r[3], r[0]);
      Set<String> land = new HashSet<>();
      for (String t : col(r, 6).split("\\|")) {
        if (!t.isBlank()) {
          land.add(t.strip());
        }
      }
      former.add(new FormerState(r[0], LocalDate.parse(r[5]), land));
    }
    for (String[] r : readTsv("country-aliases.tsv")) {
      names.put(r[1], r[0]);
    }
    ListMultimap<String, CityInfo> cities = MultimapBuilder.hashKeys().arrayListValues().build();
    List<CityInfo> all = new ArrayList<>();
    for (String[] r : readTsv("cities.tsv")) {
      all.add(new CityInfo(r[0], r[1], r[2], "PPLC".equals(col(r, 4)), parseLong(col(r, 5))));
    }
    all.sort(
        Comparator.comparing(CityInfo::capital).thenComparingLong(CityInfo::population).reversed());
    for (CityInfo c : all) {
      cities.put(c.name(), c);
      int comma = c.name().indexOf(", ");
      if (c.capital() && comma > 0) {
        // "Washington, D.C." is "Washington" in the news: a capital goes by its name's first part
        cities.put(c.name().substring(0, comma), c);
      }
    }
    Map<String, CityInfo> byId = new HashMap<>();
    all.forEach(c -> byId.put(c.geonamesId(), c));
    for (String[] r : readTsv("city-aliases.tsv")) {
      CityInfo c = byId.get(r[1]);
      if (c == null) {
        throw new IllegalStateException("city-aliases.tsv: no city with GeoNames id " + r[1]);
      }
      cities.put(r[0], c); // "Geneva" for Genève, "Peking" for Beijing
    }
    Map<String, LocalDate[]> capitalDays = new HashMap<>();
    for (String[] r : readTsv("capitals-by-date.tsv")) {
      if (!byId.containsKey(r[0])) {
        throw new IllegalStateException("capitals-by-date.tsv: no city with GeoNames id " + r[0]);
      }
      capitalDays.put(r[0], new LocalDate[] {day(col(r, 3)), day(col(r, 4))});
    }
    return new Gazetteer(byIso2, names, cities, former, capitalDays);
  }

  private static void addName(Map<String, String> names, String name, String iso2) {
    if (!name.isBlank()) {
      names.putIfAbsent(name.strip(), iso2);
    }
  }

  private static List<String[]> readTsv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = resource.equals("countries.tsv") || resource.equals("cities.tsv");
      while ((line = reader.readLine()) != null) {
        if (header) {
          header = false;
        } else if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String col(String[] row, int i) {
    return i < row.length ? row[i].strip() : "";
  }

  private static LocalDate day(String s) {
    return s.isEmpty() ? null : LocalDate.parse(s);
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
