package org.w3id.parley.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Merge;
import org.w3id.parley.extract.entity.MergeRecorder;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;
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

  /**
   * Renames persons in a model in place (also a links or overrides graph); whether it changed.
   *
   * @param keys old person keys to new ones
   */
  public static boolean renamePersons(Model m, Map<String, String> keys) {
    boolean changed = false;
    for (Map.Entry<String, String> e : keys.entrySet()) {
      Resource local = m.getResource(PERSON + e.getKey());
      if (!e.getKey().equals(e.getValue()) && m.containsResource(local)) {
        ResourceUtils.renameResource(local, PERSON + e.getValue());
        changed = true;
      }
    }
    return changed;
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
    boolean call = meeting.hasProperty(PARLEY.mode, PARLEY.Call);
    return Iris.meeting(articleId, participants, date, statusName, first, call);
  }

  /**
   * A merge for review, in the merges graph, for each of the article's persons that became a person
   * other articles name otherwise ("Lavrov" joined to "Sergey Lavrov"), with the rule, a score and
   * where the article first uses its fullest own name (its mention in the article graph).
   *
   * @param ownNames each of the article's own person keys with the names the article uses
   * @param fullest the article's fullest name of each own key
   */
  public static void recordJoins(
      Model graph,
      Model merges,
      String articleId,
      Map<String, String> keys,
      Map<String, String> labels,
      Map<String, Set<String>> ownNames,
      Map<String, String> fullest) {
    Resource article = graph.getResource(Iris.article(articleId));
    if (!article.hasProperty(PARLEY.text)) {
      return;
    }
    String text = article.getProperty(PARLEY.text).getString();
    for (Map.Entry<String, String> k : new TreeMap<>(keys).entrySet()) {
      String label = labels.get(k.getValue());
      Set<String> own = ownNames.get(k.getKey());
      if (label == null || own == null || own.contains(label)) {
        continue;
      }
      String name = fullest.get(k.getKey());
      int begin = text.indexOf(name);
      if (begin < 0) {
        continue;
      }
      Span span = new Span(begin, begin + name.length());
      Evidence evidence = new Evidence(span, sentenceAround(text, span));
      Merge merge =
          new Merge(
              new EntityRef(EntityKind.PERSON, k.getValue()),
              name,
              "store-" + MergeRecorder.method(name, label),
              MergeRecorder.score(name, label),
              evidence);
      if (!graph.containsResource(graph.getResource(Iris.mention(articleId, span)))) {
        FactsToRdf.mention(graph, articleId, text, evidence);
      }
      merges.getResource(Iris.merge(articleId, merge)).removeProperties();
      FactsToRdf.merge(merges, articleId, merge);
    }
  }

  /**
   * The sentence a span lies in, as far as punctuation and line breaks tell: a stored graph keeps
   * the text, not CoreNLP's sentences.
   */
  private static Span sentenceAround(String text, Span span) {
    int begin = span.begin();
    while (begin > 0 && !ends(text, begin - 1)) {
      begin--;
    }
    int end = span.end();
    while (end < text.length() && !ends(text, end - 1)) {
      end++;
    }
    return new Span(begin, end);
  }

  private static boolean ends(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || (c == '.' || c == '!' || c == '?')
            && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }
}
