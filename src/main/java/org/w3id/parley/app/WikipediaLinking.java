package org.w3id.parley.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.w3id.parley.link.LinkException;
import org.w3id.parley.link.WikiIndex;
import org.w3id.parley.link.WikipediaLinker;
import org.w3id.parley.store.ParleyStore;

/**
 * The offline Wikipedia linking step that {@code ingest} and {@code up} run after the articles
 * land, and {@code link --wikipedia} runs alone: the same step, so an ingest gives the graph that
 * ingest followed by link gives. The anchor index it needs is built once into the user's cache
 * folder (see {@link CacheFolder}) and shared by every store.
 *
 * <pre>{@code
 * WikipediaLinker.Report r =
 *     WikipediaLinking.inCache(CacheFolder.resolve(Optional.empty()), System.err::println).link(store);
 * }</pre>
 */
public final class WikipediaLinking {
  /**
   * The index's file name in the cache folder. The number changes when the index's content would
   * (another filter, another wikidict), so an old cache is rebuilt rather than trusted.
   */
  public static final String INDEX_FILE = "wikipedia-anchors-1.tsv";

  private final Path index;
  private final Consumer<String> progress;

  /**
   * @param index the anchor index file, built there if missing
   * @param progress where the lines that report building the index go
   */
  public WikipediaLinking(Path index, Consumer<String> progress) {
    this.index = index;
    this.progress = progress;
  }

  /** The step with its index in {@code cacheFolder}. */
  public static WikipediaLinking inCache(Path cacheFolder, Consumer<String> progress) {
    return new WikipediaLinking(cacheFolder.resolve(INDEX_FILE), progress);
  }

  /** Links the persons of the store that have no Wikipedia link yet. */
  public WikipediaLinker.Report link(ParleyStore store) {
    try (WikiIndex idx = WikiIndex.openOrBuild(index, progress)) {
      return new WikipediaLinker(store, idx).link();
    } catch (IOException e) {
      throw new LinkException(
          index + ": cannot build or read the Wikipedia anchor index (" + e.getMessage() + ")", e);
    }
  }
}
