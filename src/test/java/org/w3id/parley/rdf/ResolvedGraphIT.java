package org.w3id.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.FactSentences;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.NlpPipeline;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.vocab.PARLEY;

/** Articles extracted alone, then given the persons resolution finds across them. */
class ResolvedGraphIT {
  private static final LocalDate DAY = LocalDate.of(2016, 5, 2);
  private final FactsToRdf toRdf = new FactsToRdf(Gazetteer.bundled());

  private static ArticleFacts alone(String id, String text) {
    Article a = new Article(id, DAY, Optional.empty(), Optional.empty(), text, id + ".txt");
    return new Extractor(Gazetteer.bundled())
        .extract(a, NlpPipeline.shared().annotate(text, DAY, FactSentences.SELECTOR));
  }

  /** Each article's graph with the persons resolved across all of them. */
  private Map<String, Model> resolved(List<ArticleFacts> articles) {
    List<PersonDescription> all = new ArrayList<>();
    articles.forEach(f -> all.addAll(PersonDescription.of(f)));
    Map<String, Map<String, String>> keys = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (PersonResolution.Person p : new PersonResolution(Overrides.none()).resolve(all)) {
      labels.put(p.key(), p.label());
      for (PersonDescription d : p.members()) {
        keys.computeIfAbsent(d.article(), k -> new HashMap<>()).put(d.key(), p.key());
      }
    }
    Map<String, Model> out = new HashMap<>();
    for (ArticleFacts f : articles) {
      String id = f.article().id();
      out.put(
          id,
          ResolvedGraph.article(
              toRdf.toModel(f, "fp", "x"), id, keys.getOrDefault(id, Map.of()), labels));
    }
    return out;
  }

  private static Set<String> meetings(Model m) {
    Set<String> out = new TreeSet<>();
    m.listSubjectsWithProperty(RDF.type, PARLEY.Meeting).forEach(r -> out.add(r.getURI()));
    return out;
  }

  private static Set<String> participants(Model m) {
    Set<String> out = new TreeSet<>();
    m.listObjectsOfProperty(PARLEY.participant).forEach(p -> out.add(p.asResource().getURI()));
    return out;
  }

  @Test
  void aSurnameAloneBecomesThePersonAnotherArticleNamesInFullAndTheyShareTheMeeting() {
    ArticleFacts shortNames =
        alone("short", "Trump met Ryan in Washington on Friday to discuss the party's platform.");
    ArticleFacts fullNames =
        alone(
            "full",
            "Donald Trump met House Speaker Paul Ryan in Washington on Friday, aides said.");
    assertTrue(
        participants(toRdf.toModel(shortNames, "fp", "x")).contains(PARLEY.ID + "person/trump"));
    Map<String, Model> graphs = resolved(List.of(shortNames, fullNames));
    Model a = graphs.get("short");
    assertEquals(
        Set.of(PARLEY.ID + "person/donald-trump", PARLEY.ID + "person/paul-ryan"), participants(a));
    assertEquals(meetings(graphs.get("full")), meetings(a), "one dated meeting, one node");
    Resource trump = a.getResource(PARLEY.ID + "person/donald-trump");
    assertEquals("Donald Trump", trump.getProperty(RDFS.label).getString());
    List<String> alt = new ArrayList<>();
    trump.listProperties(SKOS.altLabel).forEach(s -> alt.add(s.getString()));
    assertEquals(List.of("Trump"), alt, "the article's own name stays");
    assertTrue(
        a.listSubjects().toList().stream()
            .noneMatch(r -> r.isURIResource() && r.getURI().endsWith("person/trump")));
  }

  @Test
  void theSameArticlesGiveTheSameGraphsInEitherOrder() {
    ArticleFacts a = alone("a", "Clinton met Sanders in Philadelphia on Monday.");
    ArticleFacts b = alone("b", "Hillary Clinton met Bernie Sanders in Philadelphia on Monday.");
    ArticleFacts c = alone("c", "Bill Clinton spoke with Sanders by phone on Tuesday.");
    Map<String, Model> forward = resolved(List.of(a, b, c));
    Map<String, Model> backward = resolved(List.of(c, b, a));
    for (String id : List.of("a", "b", "c")) {
      assertTrue(forward.get(id).isIsomorphicWith(backward.get(id)), id);
    }
  }

  @Test
  void withEveryKeyItsOwnTheGraphIsTheExtractedOne() {
    ArticleFacts f = alone("same", "Sergey Lavrov met Antony Blinken in Geneva on Friday.");
    Model extracted = toRdf.toModel(f, "fp", "x");
    Map<String, String> keys = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (PersonDescription d : PersonDescription.of(f)) {
      keys.put(d.key(), d.key());
      labels.put(d.key(), d.label());
    }
    assertTrue(ResolvedGraph.article(extracted, "same", keys, labels).isIsomorphicWith(extracted));
  }
}
