package org.w3id.parley.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.vocab.PARLEY;

/**
 * An article's graphs as extracted, with the article's own keys for its persons, turned into the
 * graphs the store keeps once resolution has said who each person is: each person under its
 * store-wide key and label (the article's own names, its own label among them, stay as alternative
 * labels), and the meetings and merges whose identifiers name persons minted again from the
 * resolved keys, so that two articles reporting one dated meeting still share its node.
 *
 * <pre>{@code
 * Model stored = ResolvedGraph.article(extracted, "a1", Map.of("trump", "donald-trump"),
 *     Map.of("donald-trump", "Donald Trump"));
 * }</pre>
 */
public final class ResolvedGraph {
  private static final String PERSON = PARLEY.ID + "person/";

  private ResolvedGraph() {}

  /**
   * The article graph with resolved persons.
   *
   * @param extracted the article graph as extraction wrote it (not changed)
   * @param articleId the article's id
   * @param keys the article's own person keys to the resolved ones; a key not in it stays
   * @param labels each resolved key's label
   */
  public static Model article(
      Model extracted, String articleId, Map<String, String> keys, Map<String, String> labels) {
    Model m = ModelFactory.createDefaultModel().add(extracted);
    m.setNsPrefixes(extracted.getNsPrefixMap());
    renamePersons(m, keys);
    for (Resource person : m.listSubjectsWithProperty(RDF.type, PARLEY.Person).toList()) {
      String key = person.getURI().substring(PERSON.length());
      String label = labels.get(key);
      if (label == null) {
        continue;
      }
      // Only the label changes: the article's own names, its own label among them, are its
      // alternative labels (FactsToRdf), which resolution reads again on the next run.
      person.removeAll(RDFS.label);
      person.addProperty(RDFS.label, label);
    }
    for (Resource meeting : m.listSubjectsWithProperty(RDF.type, PARLEY.Meeting).toList()) {
      String iri = meetingIri(m, articleId, meeting);
      if (!iri.equals(meeting.getURI())) {
        ResourceUtils.renameResource(meeting, iri);
      }
    }
    return m;
  }

  /** The article's merges graph with resolved persons, each merge's identifier minted again. */
  public static Model merges(Model extracted, String articleId, Map<String, String> keys) {
    Model m = ModelFactory.createDefaultModel().add(extracted);
    m.setNsPrefixes(extracted.getNsPrefixMap());
    renamePersons(m, keys);
    for (Resource merge : m.listSubjectsWithProperty(RDF.type, PARLEY.Merge).toList()) {
      Resource person = merge.getPropertyResourceValue(PARLEY.person);
      String name = merge.getProperty(PARLEY.name).getString();
      String iri = Iris.merge(articleId, person.getURI().substring(PERSON.length()), name);
      if (!iri.equals(merge.getURI())) {
        ResourceUtils.renameResource(merge, iri);
      }
    }
    return m;
  }

  private static void renamePersons(Model m, Map<String, String> keys) {
    for (Map.Entry<String, String> e : keys.entrySet()) {
      if (e.getKey().equals(e.getValue())) {
        continue;
      }
      Resource local = m.getResource(PERSON + e.getKey());
      if (m.containsResource(local)) {
        ResourceUtils.renameResource(local, PERSON + e.getValue());
      }
    }
  }

  /** {@link Iris#meeting} from what the graph says of the meeting. */
  private static String meetingIri(Model m, String articleId, Resource meeting) {
    List<String> participants = new ArrayList<>();
    for (RDFNode p : m.listObjectsOfProperty(meeting, PARLEY.participant).toList()) {
      participants.add(p.asResource().getURI().substring(PARLEY.ID.length()));
    }
    Optional<LocalDate> date =
        Optional.ofNullable(meeting.getProperty(PARLEY.date))
            .map(s -> LocalDate.parse(s.getLiteral().getLexicalForm()));
    Resource status = meeting.getPropertyResourceValue(PARLEY.status);
    String statusName = status.getLocalName().toUpperCase(java.util.Locale.ROOT);
    int first = Integer.MAX_VALUE;
    for (RDFNode e : m.listObjectsOfProperty(meeting, PARLEY.evidence).toList()) {
      first = Math.min(first, e.asResource().getProperty(PARLEY.begin).getInt());
    }
    return Iris.meeting(articleId, participants, date, statusName, first);
  }
}
