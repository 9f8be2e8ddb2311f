package org.w3id.parley.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A whole store as one N-Quads file and back: every named graph (articles, merges, the overrides
 * and links graphs) and TDB2's own default graph, where the store keeps its bookkeeping (its commit
 * number, each article's source key), each quad as stored.
 *
 * <pre>{@code
 * try (ParleyStore store = ParleyStore.open(Path.of("data/tdb2"))) {
 *   StoreBackup.write(store, Path.of("parley.nq.gz"));
 * }
 * try (ParleyStore empty = ParleyStore.open(Path.of("restored"))) {
 *   StoreBackup.restore(empty, Path.of("parley.nq.gz"), false);
 * }
 * }</pre>
 *
 * <p>N-Quads because any RDF tool reads it, and because Jena writes and reads it as a stream, so
 * neither direction holds the store in memory. The full-text index is not in the file: it is
 * derived data, rebuilt from the quads after a restore.
 */
public final class StoreBackup {
  /**
   * What a backup or restore moved.
   *
   * @param quads quads written or read (the store's bookkeeping in the default graph included)
   * @param graphs named graphs in the store
   * @param seconds wall-clock time
   */
  public record Summary(long quads, long graphs, double seconds) {}

  private StoreBackup() {}

  /**
   * Writes every quad of the store to {@code file}, gzipped if its name ends in {@code .gz}, from
   * one read transaction, so the file is one consistent state of the store even while articles are
   * written. The file appears only once complete (written beside it, then renamed), so a failed
   * backup never leaves a truncated file that looks like a good one.
   *
   * @throws StoreException if the file cannot be written
   */
  public static Summary write(ParleyStore store, Path file) {
    long start = System.nanoTime();
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    long[] counts = new long[2];
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      try (OutputStream out = open(partial, file.getFileName().toString().endsWith(".gz"))) {
        Txn.executeRead(
            dsg,
            () -> {
              StreamRDFCounting quads =
                  StreamRDFLib.count(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
              quads.start();
              StreamRDFOps.sendQuadsToStream(dsg, quads);
              quads.finish();
              counts[0] = quads.count();
              counts[1] = Iter.count(dsg.listGraphNodes());
            });
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(partial);
      throw new StoreException(file + ": cannot write the backup: " + e.getMessage(), e);
    }
    return new Summary(counts[0], counts[1], (System.nanoTime() - start) / 1e9);
  }

  /**
   * Loads a backup into the store with TDB2's basic loader, in one write transaction, then rebuilds
   * the full-text index from what was loaded. A store that holds anything is refused unless {@code
   * replace}, which empties it in the same transaction: a file that turns out to be broken halfway
   * leaves the store as it was.
   *
   * <p>The load goes around the text index, so the transaction numbers itself above anything the
   * store or its index counted before (the file's own number is another store's): should the
   * process die before the index is rebuilt, the next open sees the index behind and rebuilds it,
   * and after the rebuild the two are in step, so the next open does not.
   *
   * @throws StoreException if the file is missing or not N-Quads (naming its line), or the store is
   *     not empty and {@code replace} is false
   */
  public static Summary restore(ParleyStore store, Path file, boolean replace) {
    long start = System.nanoTime();
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": no such backup file; expected one `parley backup` wrote");
    }
    DatasetGraph dsg = store.tdb().asDatasetGraph();
    if (!replace && !Txn.calculateRead(dsg, dsg::isEmpty)) {
      throw new StoreException(
          store.location()
              + ": the store is not empty ("
              + store.articleCount()
              + " articles); restore into a new folder, or replace what it holds with --force");
    }
    // The basic loader is the one of Jena's TDB2 loaders that is a single transaction from start to
    // finish; the phased and parallel ones are faster on big files but not crash-safe.
    long indexStamp = store.textIndexStamp().orElse(0);
    DataLoader loader = LoaderFactory.basicLoader(dsg, null);
    loader.startBulk();
    try {
      long before = Math.max(Ledger.commit(dsg).orElse(0), indexStamp);
      if (replace) {
        dsg.clear();
      }
      try (InputStream in = openBackup(file)) {
        RDFParser.source(in)
            .lang(Lang.NQUADS)
            .errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
            .parse(loader.stream());
      }
      Ledger.nextCommitAfter(dsg, before);
    } catch (RiotParseException e) {
      loader.finishException(e);
      throw new StoreException(
          file + " line " + e.getLine() + ": not N-Quads: " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      loader.finishException(e);
      throw new StoreException(file + ": cannot restore from it: " + e.getMessage(), e);
    }
    try {
      loader.finishBulk();
    } catch (RuntimeException e) {
      throw new StoreException(
          store.location() + ": cannot commit the restore of " + file + ": " + e.getMessage(), e);
    }
    store.rebuildTextIndex();
    long graphs = Txn.calculateRead(dsg, () -> Iter.count(dsg.listGraphNodes()));
    return new Summary(
        loader.countQuads() + loader.countTriples(), graphs, (System.nanoTime() - start) / 1e9);
  }

  // Gzipped or not, whatever the name says: the first two bytes tell.
  private static InputStream openBackup(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static OutputStream open(Path file, boolean gzip) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The error being reported matters more than a leftover .part file.
    }
  }
}
