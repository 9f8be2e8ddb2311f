package org.w3id.parley.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.extract.entity.KnownPerson;
import org.w3id.parley.vocab.PARLEY;

/** The persons a store holds, read back for identity across articles. */
final class KnownPersons {
  private KnownPersons() {}

  /** Every person in {@code store} with names, roles and countries. */
  static List<KnownPerson> of(ParleyStore store) {
    String q =
        """
        PREFIX parley: <https://w3id.org/parley/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?p ?name ?role ?iso WHERE {
          ?p a parley:Person .
          { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
          OPTIONAL { ?p parley:role ?role }
          OPTIONAL { ?p parley:represents/parley:iso2 ?iso }
        }""";
    Map<String, String> labels = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Set<String>> reps = new HashMap<>();
    store.select(
        q,
        s -> {
          String iri = s.getResource("p").getURI();
          String name = s.getLiteral("name").getString();
          names.computeIfAbsent(iri, k -> new HashSet<>()).add(name);
          labels.merge(
              iri, name, (a, b) -> b.split("\\s+").length > a.split("\\s+").length ? b : a);
          add(roles, iri, s.get("role"));
          add(reps, iri, s.get("iso"));
        });
    List<KnownPerson> out = new ArrayList<>();
    String prefix = PARLEY.ID + "person/";
    for (var e : names.entrySet()) {
      String iri = e.getKey();
      if (iri.startsWith(prefix)) {
        out.add(
            new KnownPerson(
                iri.substring(prefix.length()),
                labels.get(iri),
                e.getValue(),
                roles.getOrDefault(iri, Set.of()),
                reps.getOrDefault(iri, Set.of())));
      }
    }
    return out;
  }

  private static void add(Map<String, Set<String>> map, String key, RDFNode value) {
    if (value != null && value.isLiteral()) {
      map.computeIfAbsent(key, k -> new HashSet<>()).add(value.asLiteral().getString());
    }
  }
}
