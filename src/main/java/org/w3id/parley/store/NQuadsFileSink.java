package org.w3id.parley.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Resolved graphs as one N-Quads file (gzipped if its name ends in {@code .gz}), for a bulk loader:
 * {@code tdb2.xloader} for a very large TDB2 store, or another store's own. Written to a {@code
 * .part} file and moved into place when the load finishes, so the file is whole or absent.
 */
public final class NQuadsFileSink implements GraphSink {
  private final Path file;
  private final Path partial;
  private final OutputStream out;
  private final StreamRDF stream;
  private boolean failed;

  private NQuadsFileSink(Path file) throws IOException {
    this.file = file;
    this.partial = file.resolveSibling(file.getFileName() + ".part");
    OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
    this.out =
        file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
    this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
    stream.start();
  }

  /**
   * A sink that writes {@code file}.
   *
   * @throws StoreException if the file cannot be created
   */
  public static NQuadsFileSink of(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return new NQuadsFileSink(file);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write it: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> name() {
    return Optional.empty(); // written whole each time
  }

  @Override
  public void put(String graphIri, Model graph) {
    var g = NodeFactory.createURI(graphIri);
    try {
      graph.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
    } catch (RuntimeException e) {
      failed = true;
      throw new StoreException(partial + ": cannot write it: " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String graphIri) {
    // A file written whole holds only what this load put.
  }

  @Override
  public void close() {
    try {
      stream.finish();
      out.close();
      if (failed) {
        Files.deleteIfExists(partial);
      } else {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      throw new StoreException(file + ": cannot finish it: " + e.getMessage(), e);
    }
  }

  @Override
  public void abandon() {
    failed = true;
  }
}
