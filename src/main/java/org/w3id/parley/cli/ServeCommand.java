package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.parley.app.FolderWatcher;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: serves the store with Fuseki (SPARQL endpoint and query UI). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store read-only over SPARQL at http://127.0.0.1:PORT/kg/sparql, with the query"
            + " page at /query, the Fuseki UI at /index.html and the network view at /graph.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Mixin ServerOptions server;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Also ingest new and changed article files under DIR into the served store while serving,"
              + " with the ids `parley ingest DIR` gives, and link their persons to Wikipedia"
              + " after each batch unless --no-link (repeatable).")
  List<Path> watch;

  @Mixin WatchOptions watching;

  @Mixin LinkOptions link;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    server.check(); // before the store is opened or anything ingested
    if (watch == null || watch.isEmpty()) {
      server.serve(options);
      return Main.OK;
    }
    ParleyStore store = ParleyStore.open(options.store());
    FolderWatcher watcher;
    try {
      watcher = watching.watcher(store, watch, link, spec.commandLine().getErr());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    server.serve(options, store, watcher); // closes the store when it stops
    return Main.OK;
  }
}
