package org.w3id.parley.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.ParleyException;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.rdf.FactGuard;
import org.w3id.parley.rdf.FactsToRdf;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ShapesCheck;

/**
 * The writer's side of an ingest run, one article at a time and in input order: facts from the
 * annotations (each article's persons its own until StoreResolution), the article's graphs checked
 * against the shapes, then written whole to the {@link Destination}. {@link #graphs} fails on the
 * article; {@link #write} fails only when the store does.
 */
final class ArticleWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleWriter.class);

  /** An article's graph and the graph of the merges it made. */
  record Graphs(Model article, Model merges, ArticleFacts facts, List<FactGuard.Dropped> dropped) {}

  private final Destination destination;
  private final Extractor extractor = new Extractor(Gazetteer.bundled());
  private final FactsToRdf toRdf = new FactsToRdf(Gazetteer.bundled());
  private final Overrides overrides;

  private final FactGuard guard;

  ArticleWriter(Destination destination, ShapesCheck shapes) {
    this.destination = destination;
    this.guard = new FactGuard(toRdf, shapes);
    this.overrides = destination.overrides();
  }

  /** A writer that only builds graphs ({@link ArticleExtraction}); {@link #write} is not for it. */
  ArticleWriter(Overrides overrides, ShapesCheck shapes) {
    this.destination = null;
    this.guard = new FactGuard(toRdf, shapes);
    this.overrides = overrides;
  }

  /**
   * The article's graphs.
   *
   * @throws ParleyException if they fail the shapes where no fact can be left out
   */
  Graphs graphs(Article a, AnnotatedText annotated, String fingerprint) {
    // Each article alone: which of its persons are whose in other articles is decided after the
    // run, from all of them at once (StoreResolution), so that the order of articles cannot matter.
    ArticleFacts facts = extractor.extract(a, annotated, overrides);
    FactGuard.Checked checked = guard.check(facts, fingerprint, Extractor.VERSION);
    checked
        .dropped()
        .forEach(d -> LOG.debug("{}: left out {}: {}", a.source(), d.fact(), d.reason()));
    return new Graphs(
        checked.model(), toRdf.mergesModel(checked.facts()), checked.facts(), checked.dropped());
  }

  /** Writes the graphs whole (in one transaction, or one file). */
  void write(Article a, Graphs g, Optional<String> sourceKey) {
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(Iris.article(a.id()), g.article());
    graphs.put(Iris.mergesGraph(a.id()), g.merges());
    destination.write(a.id(), graphs, sourceKey);
  }
}
