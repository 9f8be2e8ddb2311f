package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley up}: ingest the seeds (or given paths), then serve. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description =
        "Ingest seeds/ (or the given paths) into the store, link its persons to Wikipedia offline (unless"
            + " --no-link), then serve it like `parley serve`.")
final class UpCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Mixin ServerOptions server;

  @Mixin LinkOptions link;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Article files or folders (default: seeds).")
  List<Path> paths;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> input = paths == null || paths.isEmpty() ? List.of(seeds()) : paths;
    try (ParleyStore store = ParleyStore.open(options.store())) {
      IngestReport r = new Ingester(store).ingest(input, new ProgressPrinter(err));
      err.println(IngestCommand.summary(r, store.location()));
      link.linkAfterIngest(store, err).ifPresent(err::println);
      err.flush();
    }
    server.serve(options);
    return Main.OK;
  }

  private static Path seeds() {
    Path here = Path.of("seeds");
    String home = System.getProperty("parley.home");
    return !here.toFile().isDirectory() && home != null ? Path.of(home, "seeds") : here;
  }
}
