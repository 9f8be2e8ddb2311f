package org.w3id.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.GraphSink;
import org.w3id.parley.store.StoreException;

/**
 * What earlier loads of a folder sent to a named sink, as one line per graph (a hash of its sorted
 * N-Triples, and its IRI) in {@code DIR/.parley-sent/<hash of the sink's name>.tsv}, so that
 * loading the folder again after an incremental extract sends only the graphs that changed: new
 * articles, and the articles whose persons resolution now names otherwise. A sink without a name (a
 * file written whole) remembers nothing and is sent everything.
 */
final class SentGraphs {
  private static final String FOLDER = ".parley-sent";

  private final Optional<Path> file;
  private final Map<String, String> sent = new TreeMap<>();

  private SentGraphs(Optional<Path> file) {
    this.file = file;
  }

  static SentGraphs of(ArticleFolder folder, Optional<String> sinkName) {
    if (sinkName.isEmpty()) {
      return new SentGraphs(Optional.empty());
    }
    Path f =
        folder
            .location()
            .resolve(FOLDER)
            .resolve(
                hash(sinkName.get().getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".tsv");
    SentGraphs s = new SentGraphs(Optional.of(f));
    if (Files.isRegularFile(f)) {
      try {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            s.sent.put(line.substring(tab + 1), line.substring(0, tab));
          }
        }
      } catch (IOException e) {
        // Unreadable memory costs a full send, nothing more.
        s.sent.clear();
      }
    }
    return s;
  }

  /** Sends the graph unless the sink has it as it is; returns whether it sent. */
  boolean put(GraphSink sink, String graphIri, Model graph) {
    String h = hash(graph);
    if (h.equals(sent.get(graphIri))) {
      return false;
    }
    sink.put(graphIri, graph);
    if (file.isPresent()) {
      sent.put(graphIri, h);
    }
    return true;
  }

  /** Deletes the graph if an earlier load sent it; returns whether it did. */
  boolean delete(GraphSink sink, String graphIri) {
    if (sent.remove(graphIri) == null) {
      return false;
    }
    sink.delete(graphIri);
    return true;
  }

  /** Writes what the sink now has. */
  void save() {
    if (file.isEmpty()) {
      return;
    }
    Path f = file.get();
    Path partial = f.resolveSibling(f.getFileName() + ".part");
    StringBuilder out = new StringBuilder();
    sent.forEach((iri, h) -> out.append(h).append('\t').append(iri).append('\n'));
    try {
      Files.createDirectories(f.getParent());
      Files.writeString(partial, out, StandardCharsets.UTF_8);
      Files.move(partial, f, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StoreException(f + ": cannot record what was sent: " + e.getMessage(), e);
    }
  }

  private static String hash(Model graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, Lang.NTRIPLES);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    return hash(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JVM", e);
    }
  }
}
