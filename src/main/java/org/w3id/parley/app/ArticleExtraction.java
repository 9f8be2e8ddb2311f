package org.w3id.parley.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.rdf.ShapesCheck;
import org.w3id.parley.store.ArticleFolder;

/**
 * One article at a time to the file {@code parley extract} writes for it, for a runner that
 * distributes articles itself (the Spark job): CoreNLP (the JVM's shared pipeline, loaded on first
 * use), extraction, the shapes check, and the article's N-Quads, byte for byte those of {@code
 * parley extract}. Safe to call from several threads.
 *
 * <pre>{@code
 * ArticleExtraction.Output o = new ArticleExtraction().extract(article, Optional.of(file));
 * Files.write(dir.resolve(o.articleId() + ArticleFolder.SUFFIX), o.nquads());
 * }</pre>
 */
public final class ArticleExtraction {
  /**
   * An article's file and the facts left out of it.
   *
   * @param articleId the article's id (its file is {@code <id>.nq})
   * @param nquads the file's bytes
   * @param dropped facts that broke the shapes, as "IRI: reason"
   */
  public record Output(String articleId, byte[] nquads, List<String> dropped) {
    public Output {
      dropped = List.copyOf(dropped);
    }
  }

  private final ArticleWriter writer = new ArticleWriter(Overrides.none(), ShapesCheck.bundled());

  /**
   * Extracts one article.
   *
   * @param origin where it was read from (a file, or file and line), as {@link
   *     org.w3id.parley.ingest.ArticleSink} hands it over; the file records a key of it
   * @throws RuntimeException if CoreNLP or extraction fails on the article (it is that article's
   *     rejection); {@link Annotator.Unavailable} if CoreNLP cannot load at all
   */
  public Output extract(Article a, Optional<String> origin) {
    String fingerprint = Fingerprint.of(a, Extractor.VERSION);
    ArticleWriter.Graphs g =
        writer.graphs(a, Annotator.CORENLP.annotate(a.text(), a.published()), fingerprint);
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(Iris.article(a.id()), g.article());
    graphs.put(Iris.mergesGraph(a.id()), g.merges());
    return new Output(
        a.id(),
        ArticleFolder.nquads(a.id(), graphs, origin.map(Fingerprint::ofSource)),
        g.dropped().stream().map(d -> d.fact() + ": " + d.reason()).toList());
  }
}
