package org.w3id.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.parley.ParleyException;
import org.w3id.parley.export.Exporter;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley export}: the graph for graph tools and RDF users. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the graph: graphml (Gephi, Cytoscape, yEd), gexf (Gephi, with meeting dates for its timeline), cyjs"
          + " (Cytoscape.js and Cytoscape), csv (node and edge lists), or jsonld, ttl, trig.",
      "--query narrows it: a CONSTRUCT exports the subgraph it builds; a SELECT of ?source ?target ?kind exports"
          + " those edges and their nodes.",
      "Network files have one direction for every edge: --directed (default) or --undirected."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "graphml, gexf, cyjs, csv, jsonld, ttl or trig.")
  Exporter.Format format;

  @Option(
      names = "--query",
      paramLabel = "FILE.rq",
      description = "A CONSTRUCT, or a SELECT of ?source ?target ?kind.")
  Path query;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write (default: standard output; csv needs it and writes FILE-nodes.csv and FILE-edges.csv).")
  Path output;

  @ArgGroup(exclusive = true)
  Direction direction;

  /** One direction for every edge of a network file, which NetworkX and igraph need. */
  static final class Direction {
    @Option(
        names = "--directed",
        description =
            "Every edge directed, `met` written once each way (the default; NetworkX, igraph, Gephi,"
                + " Cytoscape).")
    boolean directed;

    @Option(
        names = "--undirected",
        description = "Every edge undirected, written once; its `kind` says what it is.")
    boolean undirected;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    options.applyLogging();
    Optional<String> sparql = Optional.empty();
    if (query != null) {
      try {
        sparql = Optional.of(Files.readString(query, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ParleyException(query + ": cannot read query: " + e.getMessage(), e);
      }
    }
    try (ParleyStore store = ParleyStore.open(options.existingStore())) {
      Exporter exporter = new Exporter(store, direction == null || !direction.undirected);
      if (output == null || format == Exporter.Format.CSV) {
        exporter.export(format, sparql, System.out, Optional.ofNullable(output));
        System.out.flush();
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          exporter.export(format, sparql, out, Optional.empty());
        }
      }
    }
    return Main.OK;
  }
}
