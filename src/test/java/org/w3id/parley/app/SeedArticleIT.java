package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/**
 * The seed article through the real pipeline (CoreNLP, extraction, SHACL, TDB2): the facts the
 * issue asks for.
 */
class SeedArticleIT {
  @TempDir static Path dir;
  static ParleyStore store;
  static IngestReport report;

  @BeforeAll
  static void ingestSeed() {
    store = ParleyStore.open(dir.resolve("tdb2"));
    report = TestStores.ingest(store, TestStores.seedArticle());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void seedIsAddedWithoutRejections() {
    assertEquals(1, report.added());
    assertEquals(List.of(), report.rejected());
  }

  @Test
  void eachOfTheFourPersonsIsExactlyOneNodeWithRoleAndCountry() {
    Map<String, String[]> expected =
        Map.of(
            "Sergey Lavrov", new String[] {"foreign minister", "RU"},
            "Elmar Mammadyarov", new String[] {"foreign minister", "AZ"},
            "Zohrab Mnatsakanyan", new String[] {"foreign minister", "AM"},
            "Ilham Aliyev", new String[] {"president", "AZ"});
    for (var e : expected.entrySet()) {
      String surname = e.getKey().split(" ")[1];
      List<Map<String, String>> persons =
          TestStores.select(
              store,
              "SELECT DISTINCT ?p WHERE { ?p a parley:Person . { ?p rdfs:label ?n } UNION { ?p skos:altLabel ?n }"
                  + " FILTER(CONTAINS(?n, \""
                  + surname
                  + "\")) }");
      assertEquals(1, persons.size(), "one node for " + e.getKey() + ": " + persons);
      String p = persons.get(0).get("p");
      List<Map<String, String>> facts =
          TestStores.select(
              store,
              "SELECT ?label ?role ?iso WHERE { <"
                  + p
                  + "> rdfs:label ?label ; parley:role ?role ;"
                  + " parley:represents/parley:iso2 ?iso }");
      assertTrue(
          facts.stream()
              .anyMatch(
                  r ->
                      r.get("label").equals(e.getKey())
                          && r.get("role").equals(e.getValue()[0])
                          && r.get("iso").equals(e.getValue()[1])),
          e.getKey() + " should be " + String.join(" of ", e.getValue()) + ": " + facts);
    }
  }

  @Test
  void misspelledSurnameJoinsTheFullName() {
    List<Map<String, String>> rows =
        TestStores.select(
            store,
            "SELECT ?p WHERE { ?p skos:altLabel \"Mntasakanyan\" ; rdfs:label \"Zohrab Mnatsakanyan\" }");
    assertEquals(1, rows.size());
  }

  @Test
  void countriesCarryTheirWikidataItems() {
    Map<String, String> expected =
        Map.of(
            "Russia",
            "Q159",
            "Azerbaijan",
            "Q227",
            "Armenia",
            "Q399",
            "Slovakia",
            "Q214",
            "France",
            "Q142",
            "United States",
            "Q30");
    for (var e : expected.entrySet()) {
      List<Map<String, String>> rows =
          TestStores.select(
              store,
              "SELECT ?c WHERE { ?c a parley:Country ; rdfs:label \""
                  + e.getKey()
                  + "\" ;"
                  + " owl:sameAs <http://www.wikidata.org/entity/"
                  + e.getValue()
                  + "> ; parley:iso2 ?iso }");
      assertEquals(1, rows.size(), e.getKey());
    }
  }

  @Test
  void theThreeMeetingsHaveParticipantsPlaceDateAndStatus() {
    assertMeeting("Lavrov", "Mammadyarov", "Baku", "2019-12-03", "Held");
    assertMeeting("Lavrov", "Aliyev", null, "2019-12-02", "Held");
    assertMeeting("Mammadyarov", "Mnatsakanyan", "Bratislava", "2019-12-04", "Planned");
  }

  private static void assertMeeting(String a, String b, String place, String date, String status) {
    String q =
        "SELECT ?m ?place WHERE { ?m a parley:Meeting ; parley:participant ?x, ?y ; parley:date \""
            + date
            + "\"^^xsd:date ; parley:status parley:"
            + status
            + " ; parley:evidence ?ev ."
            + " ?x rdfs:label ?xl . ?y rdfs:label ?yl . FILTER(CONTAINS(?xl, \""
            + a
            + "\") && CONTAINS(?yl, \""
            + b
            + "\")) OPTIONAL { ?m parley:location/rdfs:label ?place } }";
    List<Map<String, String>> rows = TestStores.select(store, q);
    assertFalse(rows.isEmpty(), a + "–" + b + " on " + date + " (" + status + ")");
    if (place != null) {
      assertTrue(
          rows.stream().anyMatch(r -> place.equals(r.get("place"))),
          a + "–" + b + " in " + place + ": " + rows);
    }
    Set<String> meetings = rows.stream().map(r -> r.get("m")).collect(Collectors.toSet());
    assertEquals(1, meetings.size(), "one node for " + a + "–" + b);
  }

  @Test
  void lavrovHasAtLeastSixDirectQuotesIncludingTheTwoNamedOnes() {
    List<Map<String, String>> quotes =
        TestStores.select(
            store,
            "SELECT ?s ?quote ?date ?to WHERE { ?s a parley:Statement ; parley:direct true ; parley:quote ?quote ;"
                + " parley:speaker/rdfs:label \"Sergey Lavrov\" . OPTIONAL { ?s parley:date ?date }"
                + " OPTIONAL { ?s parley:addressee/rdfs:label ?to } }");
    assertTrue(quotes.size() >= 6, "direct quotes: " + quotes.size());
    assertTrue(
        quotes.stream()
            .anyMatch(
                r ->
                    r.get("quote")
                            .startsWith("I can only emphasize that military-technical cooperation")
                        && "2019-12-03".equals(r.get("date"))),
        "the military-technical cooperation quote on 2019-12-03");
    assertTrue(
        quotes.stream()
            .anyMatch(
                r ->
                    r.get("quote").startsWith("I agree with you that much is yet to be done")
                        && "Ilham Aliyev".equals(r.get("to"))),
        "the quote addressed to Aliyev");
  }

  @Test
  void everyMentionAnchorIsTheExactSubstringOfTheArticleText() {
    List<Map<String, String>> rows =
        TestStores.select(
            store,
            "SELECT ?anchor ?begin ?end ?text WHERE { ?m a parley:Mention ; parley:anchor ?anchor ;"
                + " parley:begin ?begin ; parley:end ?end ; parley:article/parley:text ?text }");
    assertFalse(rows.isEmpty());
    for (Map<String, String> r : rows) {
      String text = r.get("text");
      assertEquals(
          r.get("anchor"),
          text.substring(Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end"))));
    }
  }

  @Test
  void everyStatementHasEvidenceAndASpeakerMention() {
    List<Map<String, String>> rows =
        TestStores.select(
            store,
            "SELECT ?s ?sm WHERE { ?s a parley:Statement ; parley:evidence ?e ."
                + " OPTIONAL { ?s parley:speakerMention/parley:anchor ?sm } }");
    assertFalse(rows.isEmpty());
    rows.forEach(r -> assertTrue(r.get("sm") != null, "speaker mention of " + r.get("s")));
  }
}
