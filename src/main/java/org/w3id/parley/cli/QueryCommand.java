package org.w3id.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.parley.ParleyException;
import org.w3id.parley.app.QueryRunner;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley query FILE.rq | -e SPARQL}: runs SPARQL on the store without a server. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Run a SPARQL query on the store directly (no server needed; stop `parley serve` first).")
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv, tsv or json (default: table); CONSTRUCT results are Turtle.")
  QueryRunner.Format format = QueryRunner.Format.TABLE;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", description = "File with the query (see queries/).")
    Path file;

    @Option(
        names = {"-e", "--expression"},
        paramLabel = "SPARQL",
        description = "The query text itself.")
    String expression;
  }

  @Override
  public Integer call() {
    options.applyLogging();
    String sparql = source.expression != null ? source.expression : read(source.file);
    QueryRunner.parse(sparql);
    try (ParleyStore store = ParleyStore.open(options.existingStore())) {
      new QueryRunner(store).run(sparql, format, System.out);
    }
    return Main.OK;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParleyException(file + ": cannot read query: " + e.getMessage(), e);
    }
  }
}
