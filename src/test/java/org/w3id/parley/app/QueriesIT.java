package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.parley.LocalWikidata;
import org.w3id.parley.TestStores;
import org.w3id.parley.link.PersonLinker;
import org.w3id.parley.link.WikidataClient;
import org.w3id.parley.store.ParleyStore;

/**
 * Every query in queries/ runs on the ingested seeds and returns the rows an analyst expects. The
 * seeds' persons are linked with {@code parley link --wikidata} against {@link LocalWikidata}, and
 * the federated queries' SERVICE calls go there too, so the Wikidata queries run (not only parse)
 * and their rows are checked.
 */
class QueriesIT {
  /**
   * What each query's CSV result must contain on the seeds: per entry, one line that holds every
   * fragment separated by " && " (list order inside GROUP_CONCAT is not fixed, so names are matched
   * separately).
   */
  private static final Map<String, List<String>> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "01-who-met-whom.rq",
              List.of("Sergey Lavrov && Elmar Mammadyarov && ,2,2019-12-03,Baku,Azerbaijan,Held")),
          Map.entry(
              "02-meetings-of-a-person.rq",
              List.of("2019-12-02,,Held,Ilham Aliyev", "2019-12-03,Baku,Held,Elmar Mammadyarov")),
          Map.entry(
              "03-statements-by-a-person.rq",
              List.of("direct,I can only emphasize that military-technical cooperation")),
          Map.entry(
              "04-what-person-said-about-country.rq",
              List.of("Sergey Lavrov,Azerbaijan,country,Azerbaijan")),
          Map.entry(
              "05-planned-vs-held-meetings.rq",
              List.of(
                  "Planned,2,2019-12-04, && Zohrab Mnatsakanyan && Elmar Mammadyarov && ,Bratislava,InPerson")),
          Map.entry(
              "06-persons-per-country.rq",
              List.of(
                  "Azerbaijan,AZ,2,Ilham Aliyev,president",
                  "Russia,RU,1,Sergey Lavrov,foreign minister")),
          Map.entry(
              "07-meeting-network-edges.rq",
              List.of("Ilham Aliyev,Sergey Lavrov,1,2019-12-02,2019-12-02")),
          Map.entry(
              "08-timeline.rq",
              List.of(
                  "2020-12-21,article published,meeting (held), && Emmanuel Macron && Igor Matovi")),
          Map.entry("10-evidence-audit.rq", List.of("speakerMention,000_dd508a3738293a43")),
          Map.entry("11-most-mentioned-entities.rq", List.of("Sergey Lavrov,Person")),
          Map.entry("12-statements-per-speaker.rq", List.of("Sergey Lavrov,Person,Russia")),
          Map.entry("13-who-spoke-to-whom.rq", List.of("Sergey Lavrov,Ilham Aliyev")),
          Map.entry("14-organisations-in-meetings.rq", List.of("Taliban")),
          Map.entry("15-articles-overview.rq", List.of("000_dd508a3738293a43,2019-12-03")),
          Map.entry("16-find-entity.rq", List.of("http://www.wikidata.org/entity/Q227")),
          Map.entry("17-meetings-in-a-country.rq", List.of("Azerbaijan,Baku,2019-12-03,Held")),
          Map.entry(
              "09-federated-wikidata-countries.rq",
              List.of(
                  "Azerbaijan,AZ,http://www.wikidata.org/entity/Q227,true,10353296,Ilham Aliyev,Ali Asadov,2,true",
                  "Russia,RU,http://www.wikidata.org/entity/Q159,true,146171015,Vladimir Putin,Mikhail Mishustin")),
          Map.entry(
              "18-federated-positions-of-meeting-partners.rq",
              List.of("Ilham Aliyev,2019-12-02,President of Azerbaijan,2003-10-31T00:00:00Z")),
          Map.entry(
              "19-federated-statements-by-heads-of-government.rq",
              List.of("Tayyip Erdoğan,President of Turkey,2019-03-31")),
          Map.entry("20-roles-wikidata-disagrees-with.rq", List.of("Charles Michel,chief,")),
          Map.entry(
              "21-search-quotes.rq",
              List.of(
                  "Sergey Lavrov,2019-12-03,I can only emphasize that military-technical"
                      + " && 000_dd508a3738293a43")),
          Map.entry(
              "22-search-articles.rq",
              List.of(
                  "2020-01-13_iran-admits-downing-ukrainian-jet-cites-human-error,2020-01-13"
                      + " && cites '»human error«'")),
          Map.entry(
              "24-calls.rq",
              List.of(
                  "Donald Trump && Volodymyr Zelensky && ,Held, && in a phone call in late July")),
          Map.entry(
              "23-find-entity-by-spelling.rq",
              List.of("person/zohrab-mnatsakanyan,Person,Zohrab Mnatsakanyan")));

  @TempDir static Path dir;
  static ParleyStore store;
  static LocalWikidata wikidata;

  @BeforeAll
  static void ingestSeedsAndLinkThemToWikidata() {
    store = ParleyStore.open(dir.resolve("tdb2"));
    TestStores.ingest(store, TestStores.seeds());
    wikidata = LocalWikidata.start(Path.of("src/test/resources/wikidata/local-wikidata.ttl"));
    PersonLinker.Report linked =
        new PersonLinker(
                store, new WikidataClient(wikidata.api(), dir.resolve("wd.jsonl"), Duration.ZERO))
            .link();
    assertEquals(5, linked.linked(), "Lavrov, Aliyev, Erdoğan, Johnson and Michel: " + linked);
  }

  @AfterAll
  static void close() {
    store.close();
    wikidata.close();
  }

  private static String csv(Path file) throws Exception {
    String sparql = wikidata.federated(Files.readString(file, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QueryRunner(store).run(sparql, QueryRunner.Format.CSV, out);
    return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  static Stream<Path> queries() throws Exception {
    return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void queryRunsAndReturnsTheExpectedRows(Path file) throws Exception {
    String name = file.getFileName().toString();
    String csv = csv(file);
    assertTrue(csv.lines().count() > 1, name + " returned no rows");
    List<String> expected = EXPECTED.get(name);
    assertFalse(expected == null, name + " has no expectation in QueriesIT: add one");
    for (String fragments : expected) {
      List<String> all = List.of(fragments.split(" && "));
      assertTrue(
          csv.lines().anyMatch(l -> all.stream().allMatch(l::contains)),
          name + " should have a line with " + all + " but was:\n" + csv);
    }
  }

  /** The query of {@code file} with its parameter line {@code from} changed to {@code to}. */
  private static String csvWith(String file, String from, String to) throws Exception {
    String sparql = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
    assertTrue(sparql.contains(from), file + " has no '" + from + "'");
    return run(sparql.replace(from, to));
  }

  @Test
  void theListingsGiveEverythingOnceTheirDefaultsAreLifted() throws Exception {
    String timeline =
        csvWith(
            "08-timeline.rq",
            "VALUES (?from ?to) { (UNDEF UNDEF) }",
            "VALUES (?from ?to) { (\"0001-01-01\"^^xsd:date UNDEF) }");
    assertTrue(timeline.contains("2019-12-04,event,meeting (planned)"), timeline);
    assertTrue(
        csvWith(
                "06-persons-per-country.rq",
                "?withoutCountry { false }",
                "?withoutCountry { true }")
            .contains("(no country)"));
    assertTrue(
        csvWith("12-statements-per-speaker.rq", "?withUnknown { false }", "?withUnknown { true }")
            .contains("(unknown speaker)"));
    assertTrue(
        csvWith(
                "11-most-mentioned-entities.rq",
                "VALUES ?class { parley:Person }",
                "VALUES ?class { parley:Person parley:Country parley:Place parley:Organization }")
            .contains("Azerbaijan,Country"));
  }

  /**
   * A query reshaped for speed on a big store still answers as its plain formulation did (the query
   * before the rewrite, in src/test/resources/queries-reference), with its default parameters and
   * with the ones that list more. Rows are compared as a set of lines whose values are sorted,
   * since GROUP_CONCAT may list names in another order.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "01-who-met-whom.rq||",
        "05-planned-vs-held-meetings.rq||",
        "11-most-mentioned-entities.rq||",
        "11-most-mentioned-entities.rq|VALUES ?class { parley:Person }|"
            + "VALUES ?class { parley:Person parley:Country parley:Place parley:Organization }",
        "12-statements-per-speaker.rq||",
        "12-statements-per-speaker.rq|?withUnknown { false }|?withUnknown { true }",
        "17-meetings-in-a-country.rq||",
        "20-roles-wikidata-disagrees-with.rq||",
        "24-calls.rq||"
      })
  void aTunedQueryGivesTheRowsOfItsReference(String file, String from, String to) throws Exception {
    String reference =
        Files.readString(
            Path.of("src/test/resources/queries-reference", file), StandardCharsets.UTF_8);
    String expected = run(from == null ? reference : reference.replace(from, to));
    assertTrue(expected.lines().count() > 1, file + ": the reference finds nothing to compare");
    String actual = from == null ? csv(Path.of("queries", file)) : csvWith(file, from, to);
    List<String> want = sortedValues(expected);
    List<String> got = sortedValues(actual);
    assertTrue(
        want.equals(got),
        file
            + ": rows only the reference gives "
            + without(want, got)
            + ", rows only the tuned query gives "
            + without(got, want));
  }

  private static List<String> without(List<String> lines, List<String> others) {
    return lines.stream().filter(l -> !others.contains(l)).toList();
  }

  private static String run(String sparql) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QueryRunner(store).run(sparql, QueryRunner.Format.CSV, out);
    return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  // Each line's values (split at commas and semicolons) sorted, then the lines sorted.
  private static List<String> sortedValues(String csv) {
    return csv.lines()
        .map(l -> Arrays.stream(l.split("[,;] ?")).sorted().toList().toString())
        .sorted()
        .toList();
  }

  /**
   * Jena 5.6.0 fails (NullPointerException) when it closes a hash join it never ran, as when a
   * parameter matches nothing; the queries are shaped so that it does not arise.
   */
  @Test
  void parametersThatMatchNothingGiveNoRowsNotAnError() throws Exception {
    Map<String, List<String>> nothing =
        Map.of(
            "02-meetings-of-a-person.rq", List.of("{ \"Lavrov\" }", "{ \"Nobody Atall\" }"),
            "05-planned-vs-held-meetings.rq",
                List.of("{ \"Held\" \"Planned\" \"Cancelled\" }", "{ \"Nothing\" }"),
            "14-organisations-in-meetings.rq",
                List.of("VALUES ?orgName { UNDEF }", "VALUES ?orgName { \"No Such Org\" }"),
            "01-who-met-whom.rq",
                List.of(
                    "VALUES (?from ?to)   { (UNDEF UNDEF) }",
                    "VALUES (?from ?to)   { (\"2999-01-01\"^^xsd:date UNDEF) }"));
    for (Map.Entry<String, List<String>> e : nothing.entrySet()) {
      String csv = csvWith(e.getKey(), e.getValue().get(0), e.getValue().get(1));
      assertEquals(1, csv.lines().count(), e.getKey() + ": " + csv);
    }
  }

  @Test
  void theWikidataQueriesLeaveOutWhatWikidataSaysOtherwise() throws Exception {
    assertFalse(
        csv(Path.of("queries/19-federated-statements-by-heads-of-government.rq"))
            .contains("Boris Johnson"),
        "his term as prime minister has ended");
    String disagreements = csv(Path.of("queries/20-roles-wikidata-disagrees-with.rq"));
    assertFalse(
        disagreements.contains("Sergey Lavrov"),
        "the foreign minister, as Wikidata says on the article's date: " + disagreements);
    assertTrue(
        disagreements.contains("chief,2020-12-21,President of the European Council"),
        disagreements);
  }

  @Test
  void theEvidenceAuditFindsNoBadOffsets() throws Exception {
    List<String> lines = csv(Path.of("queries/10-evidence-audit.rq")).lines().toList();
    int ok = List.of(lines.get(0).split(",")).indexOf("offsetsOk");
    assertTrue(ok >= 0, lines.get(0));
    assertEquals(
        0,
        lines.stream().skip(1).filter(l -> l.contains(",false,")).count(),
        "rows with offsetsOk=false");
  }

  @Test
  void thereAreAtLeastTenQueriesAndSomeAreFederated() throws Exception {
    List<Path> all = queries().toList();
    assertTrue(all.size() >= 10);
    long federated =
        all.stream()
            .filter(
                p -> {
                  try {
                    return Files.readString(p)
                        .contains("SERVICE <https://query.wikidata.org/sparql>");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .count();
    assertTrue(federated >= 1, "federated queries: " + federated);
  }
}
