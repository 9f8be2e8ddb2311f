package org.w3id.parley.cli;

import org.w3id.parley.app.FolderWatcher;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** Options of the commands that start the server. */
final class ServerOptions {
  @Option(
      names = "--port",
      paramLabel = "N",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = ParleyServer.DEFAULT_PORT;

  @Option(
      names = "--bind-all",
      description =
          "Listen on all network interfaces instead of 127.0.0.1 only (exposes the store to the network).")
  boolean bindAll;

  /** Starts the server and blocks until the process is stopped. */
  void serve(StoreOptions options) {
    // Opening the store brings its full-text index in step with it (building it for a store
    // written before the index existed), then releases it to the server. A mistyped --store stops
    // here instead of serving an empty store.
    ParleyStore.open(options.existingStore()).close();
    ParleyServer server = builder(options).store(options.store()).build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "parley-shutdown"));
    server.join();
  }

  /**
   * Serves a store this process holds open, starts {@code watcher} writing into it, and blocks
   * until the process is stopped; then stops the watcher and the server, and closes the store.
   */
  void serve(StoreOptions options, ParleyStore store, FolderWatcher watcher) {
    ParleyServer server;
    try {
      server = builder(options).dataset(store.dataset().asDatasetGraph()).build().start();
    } catch (RuntimeException e) {
      watcher.close();
      store.close();
      throw e;
    }
    watcher.start();
    Runnable stop =
        () -> {
          watcher.close(); // no writer left when the store closes
          server.close();
          store.close();
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "parley-shutdown"));
    server.join();
  }

  private ParleyServer.Builder builder(StoreOptions options) {
    return ParleyServer.builder().config(options.config()).port(port).loopback(!bindAll);
  }
}
