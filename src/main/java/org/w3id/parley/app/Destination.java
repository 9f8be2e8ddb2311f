package org.w3id.parley.app;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoredArticle;

/**
 * Where an ingest run writes its articles: the TDB2 store ({@code parley ingest}), resolved once
 * the run has written, or a folder of N-Quads files ({@code parley extract --out}), resolved later
 * by {@code parley load}. The pipeline asks it which articles it has unchanged and hands it each
 * article's graphs whole; every method is called from one thread at a time.
 */
interface Destination {
  /** What the destination holds about the article with this IRI, if anything. */
  Optional<StoredArticle> stored(String articleIri);

  /** Records the key of an unchanged article's new source file. */
  void recordSource(String articleIri, String sourceKey);

  /** The names analysts have split off persons, which extraction keeps apart. */
  Overrides overrides();

  /** Writes an article's graphs (by graph IRI) whole. */
  void write(String articleId, Map<String, Model> graphs, Optional<String> sourceKey);

  /** After a run that wrote articles: what follows (the store resolves who is who). */
  void wrote();

  /** Quads held, for the report; -1 if the destination does not count them. */
  long size();

  /** The TDB2 store. */
  static Destination of(ParleyStore store) {
    return new Destination() {
      @Override
      public Optional<StoredArticle> stored(String articleIri) {
        return store.stored(articleIri);
      }

      @Override
      public void recordSource(String articleIri, String sourceKey) {
        store.recordSource(articleIri, sourceKey);
      }

      @Override
      public Overrides overrides() {
        return store.overrides(Iris.overridesGraph());
      }

      @Override
      public void write(String articleId, Map<String, Model> graphs, Optional<String> sourceKey) {
        store.replaceArticle(Iris.article(articleId), graphs, sourceKey);
      }

      @Override
      public void wrote() {
        // Who is who across articles, from all of them at once (not in the order they came).
        StoreResolution.run(store);
      }

      @Override
      public long size() {
        return store.size();
      }
    };
  }

  /** A folder of N-Quads files, one per article; resolution is left to {@code parley load}. */
  static Destination of(ArticleFolder folder) {
    String prefix = Iris.article("");
    return new Destination() {
      @Override
      public Optional<StoredArticle> stored(String articleIri) {
        return folder.stored(articleIri.substring(prefix.length()));
      }

      @Override
      public void recordSource(String articleIri, String sourceKey) {
        folder.recordSource(articleIri.substring(prefix.length()), sourceKey);
      }

      @Override
      public Overrides overrides() {
        return Overrides.none();
      }

      @Override
      public void write(String articleId, Map<String, Model> graphs, Optional<String> sourceKey) {
        folder.write(articleId, graphs, sourceKey);
      }

      @Override
      public void wrote() {}

      @Override
      public long size() {
        return -1;
      }
    };
  }
}
