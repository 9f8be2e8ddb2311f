package org.w3id.parley.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.vocab.PARLEY;

/**
 * A folder of extracted articles, one N-Quads file per article ({@code parley extract --out DIR}):
 * {@code DIR/<article id>.nq} holds the article's graph and its merges graph, each as the named
 * graph the store keeps, with the article's own person keys (before resolution), and one
 * default-graph triple for the key of the file the article was read from. The lines are sorted, so
 * that the same article extracted on any machine gives the same bytes.
 *
 * <pre>
 * &lt;https://w3id.org/parley/id/person/kerry&gt; &lt;…#label&gt; "Kerry" &lt;https://w3id.org/parley/id/article/sub/report&gt; .
 * &lt;https://w3id.org/parley/id/article/sub/report&gt; &lt;https://w3id.org/parley/store#source&gt; "9f2c…" .
 * </pre>
 *
 * Each file is written whole or not at all (a temporary file moved into place), so a folder an
 * extraction stopped in holds only whole articles.
 *
 * <pre>{@code
 * ArticleFolder folder = ArticleFolder.open(Path.of("out"));
 * for (Path f : folder.files()) {
 *   ArticleFolder.Entry e = ArticleFolder.read(f);
 * }
 * }</pre>
 */
public final class ArticleFolder {
  /** The extension of an article's file. */
  public static final String SUFFIX = ".nq";

  private static final String ARTICLE = PARLEY.ID + "article/";
  private static final String SOURCE = Ledger.NS + "source";

  /**
   * One article's file as read.
   *
   * @param articleId the article's id
   * @param graphs its named graphs by IRI: the article graph, and its merges graph if it made any
   * @param fingerprint the article's {@code parley:sha256}
   * @param sourceKey the key of the file it was read from, if recorded
   */
  public record Entry(
      String articleId, Map<String, Model> graphs, String fingerprint, Optional<String> sourceKey) {
    public Entry {
      graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    /** The article's graph. */
    public Model article() {
      return graphs.get(ARTICLE + articleId);
    }
  }

  /** A file in the folder that is not an article's file, naming the file (and line). */
  public static final class Unreadable extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String detail;

    Unreadable(String source, String detail, Throwable cause) {
      super(source + ": " + detail, cause);
      this.source = source;
      this.detail = detail;
    }

    /** The file, or file and line. */
    public String source() {
      return source;
    }

    /** What is wrong with it. */
    public String detail() {
      return detail;
    }
  }

  private final Path location;

  private ArticleFolder(Path location) {
    this.location = location;
  }

  /**
   * The folder at {@code location}, created if missing.
   *
   * @throws StoreException if it cannot be created
   */
  public static ArticleFolder open(Path location) {
    try {
      Files.createDirectories(location);
    } catch (IOException e) {
      throw new StoreException(location + ": cannot create the folder: " + e, e);
    }
    return new ArticleFolder(location);
  }

  /**
   * The folder at {@code location}, which must exist.
   *
   * @throws StoreException if it does not
   */
  public static ArticleFolder existing(Path location) {
    if (!Files.isDirectory(location)) {
      throw new StoreException(
          location + ": no such folder; expected one `parley extract --out` wrote");
    }
    return new ArticleFolder(location);
  }

  public Path location() {
    return location;
  }

  /** The file of the article with id {@code articleId} (ids are safe relative paths). */
  public Path file(String articleId) {
    return location.resolve(articleId + SUFFIX);
  }

  /** Every article file in the folder and below it, in path order. */
  public List<Path> files() {
    try (Stream<Path> walk = Files.walk(location)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new StoreException(location + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  /** What the folder holds about an article, if it has its file. */
  public Optional<StoredArticle> stored(String articleId) {
    Path f = file(articleId);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    Entry e = read(f);
    return Optional.of(new StoredArticle(e.fingerprint(), e.sourceKey()));
  }

  /**
   * Writes an article's file whole, replacing the one before; an empty graph is left out.
   *
   * @throws StoreException if the file cannot be written
   */
  public void write(String articleId, Map<String, Model> graphs, Optional<String> sourceKey) {
    Path f = file(articleId);
    Path partial = f.resolveSibling(f.getFileName() + ".part");
    try {
      Files.createDirectories(f.getParent());
      Files.write(partial, nquads(articleId, graphs, sourceKey));
      try {
        Files.move(partial, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, f, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // The write's own error is the one to report.
      }
      throw new StoreException(f + ": cannot write the article: " + e.getMessage(), e);
    }
  }

  /** Records a new source key for an article whose file is there (a moved input file). */
  public void recordSource(String articleId, String sourceKey) {
    Entry e = read(file(articleId));
    write(articleId, e.graphs(), Optional.of(sourceKey));
  }

  /**
   * An article's file as bytes: the graphs' quads and the source triple, one per line, sorted. The
   * Spark runner writes the same bytes.
   */
  public static byte[] nquads(
      String articleId, Map<String, Model> graphs, Optional<String> sourceKey) {
    Dataset ds = DatasetFactory.create();
    graphs.forEach(
        (iri, model) -> {
          if (!model.isEmpty()) {
            ds.addNamedModel(iri, model);
          }
        });
    sourceKey.ifPresent(
        k ->
            ds.getDefaultModel()
                .add(
                    ds.getDefaultModel().createResource(ARTICLE + articleId),
                    ds.getDefaultModel().createProperty(SOURCE),
                    k));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, ds, Lang.NQUADS);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    StringBuilder sorted = new StringBuilder(out.size() + 1);
    for (String line : lines) {
      if (!line.isEmpty()) {
        sorted.append(line).append('\n');
      }
    }
    return sorted.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads an article's file.
   *
   * @throws Unreadable naming the file (and line) if it is not N-Quads or not an article's file
   */
  public static Entry read(Path file) {
    Dataset ds = DatasetFactory.create();
    try (InputStream in = Files.newInputStream(file)) {
      RDFParser.source(in)
          .lang(Lang.NQUADS)
          .errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
          .parse(ds.asDatasetGraph());
    } catch (RiotParseException e) {
      throw new Unreadable(
          file + " line " + e.getLine(), "not N-Quads: " + e.getOriginalMessage(), e);
    } catch (IOException | RiotException e) {
      throw new Unreadable(file.toString(), "cannot read it: " + e.getMessage(), e);
    }
    return entry(file, ds);
  }

  private static Entry entry(Path file, Dataset ds) {
    List<String> articles = new ArrayList<>();
    Map<String, Model> graphs = new LinkedHashMap<>();
    ds.listModelNames()
        .forEachRemaining(
            n -> {
              graphs.put(n.getURI(), ds.getNamedModel(n));
              if (n.getURI().startsWith(ARTICLE)) {
                articles.add(n.getURI());
              }
            });
    if (articles.size() != 1) {
      throw new Unreadable(
          file.toString(),
          "expected the graph of one article (<" + ARTICLE + "…>), found " + articles.size(),
          null);
    }
    String iri = articles.get(0);
    Model article = graphs.get(iri);
    var fp = article.listObjectsOfProperty(article.createResource(iri), PARLEY.sha256);
    if (!fp.hasNext()) {
      throw new Unreadable(file.toString(), "the article <" + iri + "> has no parley:sha256", null);
    }
    Optional<String> source = Optional.empty();
    var it =
        ds.asDatasetGraph()
            .find(
                Quad.defaultGraphIRI,
                Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI(SOURCE),
                Node.ANY);
    if (it.hasNext()) {
      source = Optional.of(it.next().getObject().getLiteralLexicalForm());
    }
    return new Entry(
        iri.substring(ARTICLE.length()), graphs, fp.next().asLiteral().getString(), source);
  }
}
