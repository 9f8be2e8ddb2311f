package org.w3id.parley.cli;

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
    ParleyServer server =
        ParleyServer.builder()
            .config(options.config())
            .store(options.store())
            .port(port)
            .loopback(!bindAll)
            .build()
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "parley-shutdown"));
    server.join();
  }
}
