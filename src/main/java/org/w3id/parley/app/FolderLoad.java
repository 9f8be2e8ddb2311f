package org.w3id.parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.BulkLoader;
import org.w3id.parley.store.GraphSink;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoredArticle;

/**
 * The load use case ({@code parley load DIR}): articles a {@code parley extract --out DIR} wrote,
 * with their own person keys, resolved from all of them at once and loaded, so that extract + load
 * gives the graph {@code parley ingest} gives.
 *
 * <ul>
 *   <li>Into the local TDB2 store: into an empty store in one bulk transaction ({@link
 *       BulkLoader}), else one transaction per new or changed article (unchanged ones are skipped
 *       by their fingerprint), then resolved with the store's persons, as after an ingest ({@link
 *       StoreResolution}).
 *   <li>To a {@link GraphSink} (a Graph Store Protocol store, an N-Quads file): the folder's
 *       persons resolved, and every article's resolved graphs sent; a sink with a {@link
 *       GraphSink#name()} is sent only the graphs that changed since the last load into it ({@link
 *       SentGraphs}).
 * </ul>
 *
 * A file that is not an article's is reported (file and line) and skipped; the rest lands.
 *
 * <pre>{@code
 * FolderLoad.Report r = FolderLoad.intoStore(ArticleFolder.existing(dir), store, false, listener);
 * }</pre>
 */
public final class FolderLoad {
  /**
   * What a load did.
   *
   * @param files article files in the folder
   * @param loaded articles written (to the store) or whose graphs were sent (to a sink)
   * @param unchanged articles the store or sink had as they are
   * @param rejected files that are not an article's, one line each
   * @param persons persons after resolution
   * @param bulk whether the store was empty and loaded in one transaction
   * @param seconds wall-clock time
   */
  public record Report(
      int files,
      int loaded,
      int unchanged,
      List<Rejection> rejected,
      int persons,
      boolean bulk,
      double seconds) {
    public Report {
      rejected = List.copyOf(rejected);
    }
  }

  /** Hears about a load as it goes. */
  public interface Listener {
    /** {@code done} of {@code total} files handled in the current pass ({@code what}). */
    default void progress(String what, int done, int total) {}

    /** A file was skipped. */
    default void rejected(Rejection rejection) {}

    Listener NONE = new Listener() {};
  }

  private final List<Path> files;
  private final Listener listener;
  private final List<Rejection> rejected = new ArrayList<>();
  private final Set<String> seenArticles = new HashSet<>();
  private final Set<Path> bad = new HashSet<>();
  private int loaded;
  private int unchanged;

  private FolderLoad(ArticleFolder folder, Listener listener) {
    this.files = folder.files();
    this.listener = listener;
  }

  /**
   * Loads the folder into the local store and resolves the store's persons.
   *
   * @param replace let an article replace one of the same id the store read from another file
   * @throws org.w3id.parley.store.StoreException if the store fails; what was written before is
   *     whole (and, for a bulk load, nothing is)
   */
  public static Report intoStore(
      ArticleFolder folder, ParleyStore store, boolean replace, Listener listener) {
    return new FolderLoad(folder, listener).intoStore(store, replace);
  }

  /** {@link #toSink(ArticleFolder, GraphSink, Overrides, Listener)} with no names split off. */
  public static Report toSink(ArticleFolder folder, GraphSink sink, Listener listener) {
    return toSink(folder, sink, Overrides.none(), listener);
  }

  /**
   * Resolves the folder's persons and sends every article's resolved graphs to {@code sink}.
   *
   * @param overrides the names analysts split off persons, kept apart
   * @throws org.w3id.parley.store.StoreException if the sink fails
   */
  public static Report toSink(
      ArticleFolder folder, GraphSink sink, Overrides overrides, Listener listener) {
    return new FolderLoad(folder, listener).toSink(folder, sink, overrides);
  }

  private Report intoStore(ParleyStore store, boolean replace) {
    long began = System.nanoTime();
    if (BulkLoader.isEmpty(store)) {
      // Nothing in the store to resolve with: the folder is resolved first, in memory, and loaded
      // as it will stay (rewriting articles after a bulk load costs a transaction each).
      Resolution resolution = resolve(Overrides.none());
      BulkLoader.load(
          store,
          articles ->
              each(
                  "load",
                  (f, e) -> {
                    Map<String, Model> graphs = new LinkedHashMap<>(resolution.resolved(e));
                    graphs.values().removeIf(Model::isEmpty);
                    articles.article(Iris.article(e.articleId()), graphs, e.sourceKey());
                    loaded++;
                  }));
      return report(resolution.persons(), true, began);
    }
    each("load", (f, e) -> replace(store, f, e, replace));
    int persons = loaded > 0 ? StoreResolution.run(store).persons() : -1;
    return report(persons, false, began);
  }

  /** The persons of every good file in the folder, resolved at once. */
  private Resolution resolve(Overrides overrides) {
    Resolution.Persons persons = new Resolution.Persons();
    each("read", (f, e) -> persons.read(e));
    seenArticles.clear(); // the next pass reads the files again
    return Resolution.of(persons, overrides);
  }

  private void replace(ParleyStore store, Path file, ArticleFolder.Entry e, boolean replace) {
    String iri = Iris.article(e.articleId());
    Optional<StoredArticle> stored = store.stored(iri);
    Optional<String> storedKey = stored.flatMap(StoredArticle::sourceKey);
    boolean otherSource =
        e.sourceKey().isPresent()
            && storedKey.filter(k -> !k.equals(e.sourceKey().get())).isPresent();
    if (stored.filter(s -> s.fingerprint().equals(e.fingerprint())).isPresent()) {
      if (otherSource) {
        store.recordSource(iri, e.sourceKey().get());
      }
      unchanged++;
    } else if (otherSource && !replace) {
      reject(
          new Rejection(
              file.toString(),
              "article id '"
                  + e.articleId()
                  + "' is already in the store, read from another file; pass --replace to replace"
                  + " it"));
    } else {
      Map<String, Model> graphs = new LinkedHashMap<>(e.graphs());
      // An article that made no merges this time loses those it made before.
      graphs.putIfAbsent(Iris.mergesGraph(e.articleId()), ModelFactory.createDefaultModel());
      store.replaceArticle(iri, graphs, e.sourceKey());
      loaded++;
    }
  }

  private Report toSink(ArticleFolder folder, GraphSink sink, Overrides overrides) {
    long began = System.nanoTime();
    Resolution resolution = resolve(overrides);
    SentGraphs sent = SentGraphs.of(folder, sink.name());
    try {
      each(
          "send",
          (f, e) -> {
            Map<String, Model> graphs = resolution.resolved(e);
            boolean any = false;
            for (String graph :
                List.of(Iris.article(e.articleId()), Iris.mergesGraph(e.articleId()))) {
              Model m = graphs.get(graph);
              any |= m == null || m.isEmpty() ? sent.delete(sink, graph) : sent.put(sink, graph, m);
            }
            if (any) {
              loaded++;
            } else {
              unchanged++;
            }
          });
    } catch (RuntimeException e) {
      sink.abandon();
      sent.save(); // what did reach the sink is remembered
      throw e;
    }
    sent.save();
    return report(resolution.persons(), false, began);
  }

  /** Reads each good article file in turn; a bad file or a second file of an id is rejected. */
  private void each(String what, BiConsumer<Path, ArticleFolder.Entry> body) {
    int done = 0;
    for (Path f : files) {
      done++;
      if (bad.contains(f)) {
        continue;
      }
      ArticleFolder.Entry e;
      try {
        e = ArticleFolder.read(f);
      } catch (ArticleFolder.Unreadable u) {
        bad.add(f);
        reject(new Rejection(u.source(), u.detail()));
        continue;
      }
      if (!seenArticles.add(e.articleId())) {
        bad.add(f);
        reject(
            new Rejection(
                f.toString(), "a second file of article '" + e.articleId() + "'; skipped"));
        continue;
      }
      body.accept(f, e);
      listener.progress(what, done, files.size());
    }
  }

  private void reject(Rejection r) {
    rejected.add(r);
    listener.rejected(r);
  }

  private Report report(int persons, boolean bulk, long began) {
    return new Report(
        files.size(),
        loaded,
        unchanged,
        rejected,
        persons,
        bulk,
        (System.nanoTime() - began) / 1e9);
  }
}
