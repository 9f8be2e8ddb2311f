package org.w3id.parley.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;
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
 * // or, skipping what the folder has unchanged, as extract does:
 * ArticleExtraction.Written w = extraction.toFolder(folder, article, origin, options);
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

  /**
   * What {@link #toFolder} did with an article.
   *
   * @param written whether its file was written (not: the folder has it unchanged, or it was
   *     rejected)
   * @param rejected why it was rejected, if it was, as {@code parley extract} reports it
   * @param dropped facts that broke the shapes, as "IRI: reason"
   */
  public record Written(boolean written, Optional<String> rejected, List<String> dropped) {
    public Written {
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
    ArticleWriter.Graphs g = graphs(a, Fingerprint.of(a, Extractor.VERSION));
    return new Output(
        a.id(),
        ArticleFolder.nquads(a.id(), byIri(a, g), origin.map(Fingerprint::ofSource)),
        dropped(g));
  }

  /**
   * Extracts one article into a folder as {@code parley extract --out} does: skipped if the folder
   * has it with the same fingerprint (its new source file recorded if it moved); rejected if it is
   * longer than {@code options.maxArticleChars()}, if the folder has its id read from another file
   * (unless {@code options.replace()}), or if CoreNLP or extraction fails on it; else extracted and
   * its file written whole.
   *
   * @throws org.w3id.parley.store.StoreException if the folder cannot be read or written
   * @throws RuntimeException or {@link Error} what no article causes: CoreNLP that cannot load, a
   *     class missing, a JVM out of memory
   */
  public Written toFolder(
      ArticleFolder folder, Article a, Optional<String> origin, IngestOptions options) {
    Admission admission = Admission.of(a, origin, folder.stored(a.id()), options, false);
    if (admission instanceof Admission.Refused r) {
      return rejected(r.message());
    }
    if (admission instanceof Admission.Unchanged u) {
      u.movedTo().ifPresent(key -> folder.recordSource(a.id(), key));
      return new Written(false, Optional.empty(), List.of());
    }
    Admission.Extract e = (Admission.Extract) admission;
    AnnotatedText annotated;
    try {
      annotated = Annotator.CORENLP.annotate(a.text(), a.published());
    } catch (RuntimeException | StackOverflowError failure) {
      if (IngestPipeline.isFatal(failure)) {
        throw failure;
      }
      return rejected(IngestPipeline.describe("CoreNLP failed", failure));
    }
    ArticleWriter.Graphs g;
    try {
      g = writer.graphs(a, annotated, e.fingerprint());
    } catch (RuntimeException | StackOverflowError failure) {
      return rejected(IngestPipeline.describe("extraction failed", failure));
    }
    folder.write(a.id(), byIri(a, g), e.sourceKey());
    return new Written(true, Optional.empty(), dropped(g));
  }

  private static Written rejected(String why) {
    return new Written(false, Optional.of(why), List.of());
  }

  private ArticleWriter.Graphs graphs(Article a, String fingerprint) {
    return writer.graphs(a, Annotator.CORENLP.annotate(a.text(), a.published()), fingerprint);
  }

  private static Map<String, Model> byIri(Article a, ArticleWriter.Graphs g) {
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(Iris.article(a.id()), g.article());
    graphs.put(Iris.mergesGraph(a.id()), g.merges());
    return graphs;
  }

  private static List<String> dropped(ArticleWriter.Graphs g) {
    return g.dropped().stream().map(d -> d.fact() + ": " + d.reason()).toList();
  }
}
