package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.parley.app.FolderWatcher;
import org.w3id.parley.app.IngestReport;
import org.w3id.parley.app.Ingester;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--watch",
      description = "Keep ingesting new and changed files under the PATHs while serving.")
  boolean watch;

  @Mixin WatchOptions watching;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    server.check(); // before the store is opened or anything ingested
    PrintWriter err = spec.commandLine().getErr();
    List<Path> input = paths == null || paths.isEmpty() ? List.of(seeds()) : paths;
    ParleyStore store = ParleyStore.open(options.store());
    FolderWatcher watcher;
    try {
      // Before the first ingest: a file that changes while it runs is then read again.
      watcher = watch ? watching.watcher(store, input, link, err).assumeIngested() : null;
      Ingester ingester = new Ingester(store);
      IngestReport r = ingester.ingest(input, new ProgressPrinter(err));
      err.println(IngestCommand.summary(r, store.location()));
      link.linkAfterIngest(store, err).ifPresent(err::println);
      ingester.compactAfter(r).ifPresent(err::println);
      err.flush();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    if (watcher == null) {
      store.close();
      server.serve(options);
    } else {
      server.serve(options, store, watcher); // closes the store when it stops
    }
    return Main.OK;
  }

  private static Path seeds() {
    Path here = Path.of("seeds");
    String home = System.getProperty("parley.home");
    return !here.toFile().isDirectory() && home != null ? Path.of(home, "seeds") : here;
  }
}
