package org.w3id.parley.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.parley.ParleyException;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.KnownPerson;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.extract.entity.PersonRegistry;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ReadResult;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.NlpPipeline;
import org.w3id.parley.rdf.FactsToRdf;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.ParleyStore;

/**
 * The ingest use case: read articles, skip the unchanged ones, annotate the rest with CoreNLP (in
 * parallel), extract facts, check them against the shapes, and replace each article's graph in its
 * own transaction. Bad input is reported and skipped; everything else lands.
 *
 * <pre>{@code
 * try (ParleyStore store = ParleyStore.open(Path.of("data/tdb2"))) {
 *   IngestReport report = new Ingester(store).ingest(List.of(Path.of("seeds")), IngestListener.NONE);
 * }
 * }</pre>
 */
public final class Ingester {
  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private final ParleyStore store;
  private final int threads;
  private final Extractor extractor = new Extractor(Gazetteer.bundled());
  private final FactsToRdf toRdf = new FactsToRdf(Gazetteer.bundled());

  /** An article to extract, with its new fingerprint and whether the store already has it. */
  private record Todo(Article article, String fingerprint, boolean existed) {}

  /** An ingester that annotates on as many threads as the machine has cores. */
  public Ingester(ParleyStore store) {
    this(store, Runtime.getRuntime().availableProcessors());
  }

  public Ingester(ParleyStore store, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.store = store;
    this.threads = threads;
  }

  /** Ingests every article under the paths. */
  public IngestReport ingest(List<Path> paths, IngestListener listener) {
    return ingest(new ArticleReader().read(paths), listener);
  }

  /** Ingests articles already read (for example built by an evaluation from a gold corpus). */
  public IngestReport ingest(ReadResult read, IngestListener listener) {
    return ingest(read, listener, false);
  }

  /**
   * Ingests articles already read; with {@code force}, unchanged articles are extracted again too
   * (after an analyst undid a merge, for example).
   */
  public IngestReport ingest(ReadResult read, IngestListener listener, boolean force) {
    long start = System.nanoTime();
    Overrides overrides = store.overrides(Iris.overridesGraph());
    List<Rejection> rejected = new ArrayList<>(read.rejections());
    rejected.forEach(listener::rejected);
    List<Todo> todo = new ArrayList<>();
    int unchanged = 0;
    for (Article a : read.articles()) {
      String fp = Fingerprint.of(a, Extractor.VERSION);
      Optional<String> stored = store.fingerprint(Iris.article(a.id()));
      if (!force && stored.filter(fp::equals).isPresent()) {
        unchanged++;
      } else {
        todo.add(new Todo(a, fp, stored.isPresent()));
      }
    }
    int total = read.articles().size();
    listener.started(total, unchanged);
    int done = unchanged;
    int added = 0;
    int replaced = 0;
    PersonRegistry registry = new PersonRegistry(store.knownPersons());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-nlp");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<AnnotatedText>> window = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < todo.size(); i++) {
        while (next < todo.size() && window.size() < 2 * threads) {
          Article a = todo.get(next++).article();
          window.add(pool.submit(() -> NlpPipeline.shared().annotate(a.text(), a.published())));
        }
        Todo t = todo.get(i);
        Article a = t.article();
        try {
          AnnotatedText annotated = await(window.removeFirst());
          store(a, annotated, t.fingerprint(), registry, overrides);
          if (t.existed()) {
            replaced++;
          } else {
            added++;
          }
        } catch (ParleyException e) {
          Rejection r = new Rejection(a.source(), e.getMessage());
          rejected.add(r);
          listener.rejected(r);
        }
        listener.articleDone(++done, total);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new IngestReport(added, replaced, unchanged, rejected, store.size(), seconds);
  }

  private void store(
      Article a,
      AnnotatedText annotated,
      String fingerprint,
      PersonRegistry registry,
      Overrides overrides) {
    ArticleFacts facts = extractor.extract(a, annotated, registry, overrides);
    Model model = toRdf.toModel(facts, fingerprint, Extractor.VERSION);
    List<String> problems = ShapesCheck.bundled().problems(model);
    if (!problems.isEmpty()) {
      problems.forEach(p -> LOG.debug("{}: {}", a.source(), p));
      throw new ParleyException(
          "extracted graph fails the shapes ("
              + problems.size()
              + " problems; first: "
              + problems.get(0)
              + ")");
    }
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(Iris.article(a.id()), model);
    graphs.put(Iris.mergesGraph(a.id()), toRdf.mergesModel(facts));
    store.replaceGraphs(graphs);
    for (Entity e : facts.entities()) {
      if (e.ref().kind() == EntityKind.PERSON) {
        registry.put(known(model, e));
      }
    }
  }

  private static KnownPerson known(Model model, Entity e) {
    Resource r = model.getResource(Iris.entity(e.ref()));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Statement s : r.listProperties(RDFS.label).toList()) {
      names.add(s.getString());
    }
    for (Statement s : r.listProperties(SKOS.altLabel).toList()) {
      names.add(s.getString());
    }
    names.add(e.label());
    return new KnownPerson(e.ref().key(), e.label(), names, e.roles(), e.represents());
  }

  private static AnnotatedText await(Future<AnnotatedText> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParleyException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParleyException pe) {
        throw pe;
      }
      throw new ParleyException("annotation failed: " + cause, cause);
    }
  }
}
