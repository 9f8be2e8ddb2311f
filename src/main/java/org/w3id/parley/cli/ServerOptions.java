package org.w3id.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.app.FolderWatcher;
import org.w3id.parley.serve.ParleyServer;
import org.w3id.parley.serve.ServerLimits;
import org.w3id.parley.serve.ServicePolicy;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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
          "Listen on all network interfaces instead of 127.0.0.1 only (exposes the store to the"
              + " network); needs --allowed-host.")
  boolean bindAll;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "A host name or IP address clients use to reach this server, besides 127.0.0.1 and"
              + " localhost (repeatable); requests naming another Host are refused.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--allow-service",
      paramLabel = "URL",
      description =
          "Let queries call SPARQL endpoints whose URL starts with URL through SERVICE"
              + " (repeatable; default: SERVICE is refused), e.g. for queries 09, 18, 19:"
              + " https://query.wikidata.org/sparql")
  List<String> allowedServices = new ArrayList<>();

  @Option(
      names = "--max-concurrent-queries",
      paramLabel = "N",
      description =
          "Queries run at once; more wait up to 5 s, then get 503 (default: the number of"
              + " processors, at least 2).")
  int maxConcurrentQueries = ServerLimits.DEFAULT.maxConcurrentQueries();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** Starts the server and blocks until the process is stopped. */
  void serve(StoreOptions options) {
    check();
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

  /**
   * Refuses option combinations the server would refuse, before the command opens the store or
   * ingests anything.
   */
  void check() {
    if (bindAll && allowedHosts.isEmpty()) {
      // A browser on another machine sends the name it used; without the list, none would pass.
      throw new ParameterException(
          spec.commandLine(),
          "--bind-all needs --allowed-host NAME: the host name or address other machines use to"
              + " reach this one (e.g. --allowed-host analyst-box.example)");
    }
  }

  private ParleyServer.Builder builder(StoreOptions options) {
    check();
    ServicePolicy services = ServicePolicy.NONE;
    for (String url : allowedServices) {
      services = services.allowing(url);
    }
    return ParleyServer.builder()
        .config(options.config())
        .port(port)
        .loopback(!bindAll)
        .allowedHosts(allowedHosts)
        .services(services)
        .limits(ServerLimits.DEFAULT.withMaxConcurrentQueries(maxConcurrentQueries));
  }
}
