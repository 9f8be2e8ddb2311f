package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.DSP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.extract.entity.Overrides;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ArticleReader;
import org.w3id.parley.ingest.ArticleSink;
import org.w3id.parley.ingest.InputFiles;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.GraphStoreSink;
import org.w3id.parley.store.NQuadsFileSink;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoreException;

/**
 * Extraction without a store ({@code parley extract --out}) and resolution at load ({@code parley
 * load}) give the graph {@code parley ingest} gives: into an empty store in one bulk transaction,
 * into a store that holds some of the articles already, into a second Fuseki over the Graph Store
 * Protocol with authentication, and into an N-Quads file.
 */
class ExtractLoadIT {
  @TempDir static Path dir;

  /** The six identity articles and the seeds. */
  private static final int ARTICLES = 14;

  private static Path input;
  private static Path extracted;
  private static Map<String, Model> ingested;
  private static IngestReport extraction;

  @BeforeAll
  static void ingestAndExtractTheSameFiles() throws IOException {
    input = dir.resolve("in");
    List<Article> all = new ArrayList<>(OrderFreeIdentityIT.FIRST);
    all.addAll(OrderFreeIdentityIT.SECOND);
    for (Article a : all) {
      Path f = input.resolve(a.id() + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "date " + a.published() + "\n" + a.text() + "\n");
    }
    copyFolder(Path.of("seeds"), input.resolve("seeds"));
    try (ParleyStore store = ParleyStore.open(dir.resolve("ingested"))) {
      new Ingester(store, 1).ingest(List.of(input), IngestListener.NONE);
      ingested = OrderFreeIdentityIT.graphs(store);
    }
    extracted = dir.resolve("extracted");
    extraction =
        Ingester.toFolder(ArticleFolder.open(extracted), IngestOptions.defaults().withThreads(2))
            .ingest(List.of(input), IngestListener.NONE);
  }

  @Test
  void extractionWritesOneFilePerArticleAndSkipsUnchangedOnesTheNextTime() {
    assertEquals(ARTICLES, extraction.added(), "one file per article");
    assertEquals(ARTICLES, ArticleFolder.existing(extracted).files().size());
    IngestReport again =
        Ingester.toFolder(ArticleFolder.open(extracted), IngestOptions.defaults())
            .ingest(List.of(input), IngestListener.NONE);
    assertEquals(0, again.added() + again.replaced(), "nothing to extract again");
    assertEquals(ARTICLES, again.unchanged());
  }

  @Test
  void oneArticleAtATimeGivesTheBytesExtractWrites() throws IOException {
    // What a distributed runner calls on each article, reading each file as extract reads it.
    Path seeds = input.resolve("seeds");
    List<InputFiles.File> files = InputFiles.list(List.of(input)).files();
    ArticleExtraction extraction = new ArticleExtraction();
    int compared = 0;
    for (InputFiles.File f : files) {
      if (!f.path().startsWith(seeds)) {
        continue;
      }
      List<ArticleExtraction.Output> outputs = new ArrayList<>();
      new ArticleReader()
          .read(
              new InputFiles(List.of(f), List.of()),
              new ArticleSink() {
                @Override
                public void article(Article a, Optional<String> origin, long position) {
                  outputs.add(extraction.extract(a, origin));
                }

                @Override
                public void rejected(Rejection r, long position) {
                  throw new AssertionError(r.toString());
                }
              });
      for (ArticleExtraction.Output o : outputs) {
        assertArrayEquals(
            Files.readAllBytes(ArticleFolder.existing(extracted).file(o.articleId())),
            o.nquads(),
            o.articleId());
        compared++;
      }
    }
    assertEquals(8, compared, "the eight seeds");
  }

  @Test
  void loadingIntoAnEmptyStoreGivesTheGraphIngestGives() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("bulk"))) {
      FolderLoad.Report r =
          FolderLoad.intoStore(
              ArticleFolder.existing(extracted), store, false, FolderLoad.Listener.NONE);
      assertTrue(r.bulk(), "an empty store is loaded in one transaction");
      assertEquals(ARTICLES, r.loaded());
      OrderFreeIdentityIT.assertSameStore(
          ingested, OrderFreeIdentityIT.graphs(store), "extract + bulk load");
      assertTrue(store.textIndexSize() > 0, "the full-text index was built");

      FolderLoad.Report again =
          FolderLoad.intoStore(
              ArticleFolder.existing(extracted), store, false, FolderLoad.Listener.NONE);
      assertEquals(0, again.loaded(), "unchanged articles are not written again");
      assertEquals(ARTICLES, again.unchanged());
      OrderFreeIdentityIT.assertSameStore(
          ingested, OrderFreeIdentityIT.graphs(store), "loaded twice");
    }
  }

  @Test
  void loadingIntoAStoreThatHasSomeArticlesResolvesWithItsPersons() {
    try (ParleyStore store = ParleyStore.open(dir.resolve("incremental"))) {
      // The short names first, alone: "Trump" is a person of its own until the full names come.
      new Ingester(store, 1)
          .ingest(
              new org.w3id.parley.ingest.ReadResult(OrderFreeIdentityIT.FIRST, List.of()),
              IngestListener.NONE);
      FolderLoad.Report r =
          FolderLoad.intoStore(
              ArticleFolder.existing(extracted), store, true, FolderLoad.Listener.NONE);
      assertFalse(r.bulk());
      OrderFreeIdentityIT.assertSameStore(
          ingested, OrderFreeIdentityIT.graphs(store), "extract + load into a store with some");
    }
  }

  @Test
  void aFileThatIsNotAnArticlesIsReportedWithItsLineAndTheRestLands() throws IOException {
    Path copy = dir.resolve("with-bad-file");
    copyFolder(extracted, copy);
    Files.writeString(
        copy.resolve("broken.nq"),
        "<https://w3id.org/parley/id/article/broken> <http://x/p> \"ok\" .\nnot a quad\n",
        StandardCharsets.UTF_8);
    try (ParleyStore store = ParleyStore.open(dir.resolve("bad"))) {
      FolderLoad.Report r =
          FolderLoad.intoStore(
              ArticleFolder.existing(copy), store, false, FolderLoad.Listener.NONE);
      assertEquals(1, r.rejected().size());
      assertEquals(copy.resolve("broken.nq") + " line 2", r.rejected().get(0).source());
      assertEquals(ARTICLES, r.loaded(), "every other article lands");
      OrderFreeIdentityIT.assertSameStore(
          ingested, OrderFreeIdentityIT.graphs(store), "the rest as ingest gives it");
    }
  }

  @Test
  void aGraphStoreWithAuthenticationGetsTheSameGraphsAndOnlyTheChangedOnesAgain()
      throws IOException {
    Path passwords = dir.resolve("passwd");
    Files.writeString(passwords, "loader: s3cret\n");
    DatasetGraph remote = DatasetGraphFactory.createTxnMem();
    FusekiServer fuseki =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .passwordFile(passwords.toString())
            .auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific("loader"))
            .add("/kg", remote)
            .build()
            .start();
    try {
      String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/kg";
      ArticleFolder folder = ArticleFolder.existing(extracted);
      StoreException refused =
          assertThrows(
              StoreException.class,
              () -> {
                try (var sink = GraphStoreSink.of(url, Optional.empty())) {
                  FolderLoad.toSink(folder, sink, Overrides.none(), FolderLoad.Listener.NONE);
                }
              });
      assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());

      var credentials = Optional.of(new GraphStoreSink.Credentials("loader", "s3cret"));
      FolderLoad.Report r;
      try (var sink = GraphStoreSink.of(url, credentials)) {
        r = FolderLoad.toSink(folder, sink, Overrides.none(), FolderLoad.Listener.NONE);
      }
      assertEquals(ARTICLES, r.loaded());
      DatasetGraph got =
          DSP.service(url).httpHeader("Authorization", basic("loader", "s3cret")).GET();
      OrderFreeIdentityIT.assertSameStore(ingested, graphs(DatasetFactory.wrap(got)), "over GSP");

      FolderLoad.Report again;
      try (var sink = GraphStoreSink.of(url, credentials)) {
        again = FolderLoad.toSink(folder, sink, Overrides.none(), FolderLoad.Listener.NONE);
      }
      assertEquals(0, again.loaded(), "nothing changed, nothing sent");
      assertEquals(ARTICLES, again.unchanged());
    } finally {
      fuseki.stop();
    }
  }

  @Test
  void anNQuadsFileForABulkLoaderHoldsTheSameGraphs() {
    Path file = dir.resolve("resolved.nq.gz");
    try (var sink = NQuadsFileSink.of(file)) {
      FolderLoad.toSink(
          ArticleFolder.existing(extracted), sink, Overrides.none(), FolderLoad.Listener.NONE);
    }
    Dataset ds = RDFDataMgr.loadDataset(file.toString());
    OrderFreeIdentityIT.assertSameStore(ingested, graphs(ds), "as one N-Quads file");
  }

  @Test
  void resolvingArticleByArticleGivesTheGraphsLoadWrites() {
    // What a distributed runner does: each article's persons out, resolution over all of them,
    // and each article's graphs from the persons its own are members of.
    ArticleFolder folder = ArticleFolder.existing(extracted);
    List<ArticleFolder.Entry> entries = folder.files().stream().map(ArticleFolder::read).toList();
    List<org.w3id.parley.resolve.PersonDescription> all = new ArrayList<>();
    entries.forEach(e -> all.addAll(ArticleResolution.persons(e)));
    List<PersonResolution.Person> persons = new PersonResolution(Overrides.none()).resolve(all);
    Dataset byArticle = DatasetFactory.create();
    for (ArticleFolder.Entry e : entries) {
      List<PersonResolution.Person> mine =
          persons.stream()
              .filter(p -> p.members().stream().anyMatch(m -> m.article().equals(e.articleId())))
              .toList();
      ArticleResolution.graphs(e, mine)
          .forEach(
              (iri, m) -> {
                if (!m.isEmpty()) {
                  byArticle.addNamedModel(iri, m);
                }
              });
    }
    Path file = dir.resolve("for-article-by-article.nq");
    try (var sink = NQuadsFileSink.of(file)) {
      FolderLoad.toSink(folder, sink, FolderLoad.Listener.NONE);
    }
    assertTrue(persons.size() < all.size(), "some persons are joined across articles");
    OrderFreeIdentityIT.assertSameStore(
        graphs(RDFDataMgr.loadDataset(file.toString())), graphs(byArticle), "article by article");
  }

  private static Map<String, Model> graphs(Dataset ds) {
    Map<String, Model> out = new TreeMap<>();
    ds.listModelNames()
        .forEachRemaining(
            n -> out.put(n.getURI(), ModelFactory.createDefaultModel().add(ds.getNamedModel(n))));
    return out;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
