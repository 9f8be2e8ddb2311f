package org.w3id.parley.link;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.vocab.PARLEY;

/**
 * Compares the roles articles give linked persons with the positions Wikidata says they held on
 * each article's date (P39 with start and end), and records each comparison as a {@code
 * parley:RoleCheck}, so an analyst can query where the news and Wikidata disagree ("foreign
 * minister" in 2019 for someone whose ministry ended in 2018).
 */
final class RoleChecker {
  private static final String ROLES =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      SELECT DISTINCT ?p ?item ?a ?published ?role WHERE {
        GRAPH <https://w3id.org/parley/id/links> { ?p owl:sameAs ?item }
        GRAPH ?g { ?a a parley:Article ; parley:published ?published . ?p parley:role ?role }
      }""";

  private final ParleyStore store;
  private final WikidataClient wikidata;

  RoleChecker(ParleyStore store, WikidataClient wikidata) {
    this.store = store;
    this.wikidata = wikidata;
  }

  /** Checks every role of every linked person; returns how many disagree with Wikidata. */
  int check() {
    List<String[]> rows = new ArrayList<>();
    store.select(
        ROLES,
        r ->
            rows.add(
                new String[] {
                  r.getResource("p").getURI(),
                  r.getResource("item").getURI().substring(PersonLinker.WIKIDATA.length()),
                  r.getResource("a").getURI(),
                  r.getLiteral("published").getLexicalForm(),
                  r.getLiteral("role").getString()
                }));
    if (rows.isEmpty()) {
      return 0;
    }
    Set<String> items = new LinkedHashSet<>();
    rows.forEach(r -> items.add(r[1]));
    Map<String, WikidataEntity> people = wikidata.entities(new ArrayList<>(items));
    Set<String> positionItems = new LinkedHashSet<>();
    people.values().forEach(w -> w.positions().forEach(p -> positionItems.add(p.item())));
    Map<String, WikidataEntity> positions = wikidata.entities(new ArrayList<>(positionItems));
    Model m = ModelFactory.createDefaultModel();
    int disagree = 0;
    for (String[] r : rows) {
      WikidataEntity w = people.get(r[1]);
      if (w == null) {
        continue;
      }
      LocalDate day = LocalDate.parse(r[3]);
      List<String> held = new ArrayList<>();
      for (WikidataEntity.Position p : w.positions()) {
        WikidataEntity pos = positions.get(p.item());
        if (p.heldOn(day) && pos != null && !pos.label().isEmpty()) {
          held.add(pos.label());
        }
      }
      String[] words = r[4].split("\\s+");
      String head = words[words.length - 1].toLowerCase(Locale.ROOT);
      boolean agrees = held.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).contains(head));
      disagree += agrees ? 0 : 1;
      String key = r[0] + "|" + r[2] + "|" + r[4];
      Resource check =
          m.createResource(
              PARLEY.ID
                  + "rolecheck/"
                  + Hashing.sha256()
                      .hashString(key, StandardCharsets.UTF_8)
                      .toString()
                      .substring(0, 16),
              PARLEY.RoleCheck);
      check.addProperty(PARLEY.person, m.createResource(r[0]));
      check.addProperty(PARLEY.article, m.createResource(r[2]));
      check.addProperty(PARLEY.role, r[4]);
      check.addLiteral(PARLEY.agrees, m.createTypedLiteral(agrees));
      check.addProperty(PARLEY.wikidataPositions, String.join("; ", held));
      check.addLiteral(PARLEY.date, m.createTypedLiteral(r[3], XSDDatatype.XSDdate));
    }
    store.addToGraph(Iris.linksGraph(), m);
    return disagree;
  }
}
