package org.w3id.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley serve}: serves the store with Fuseki (SPARQL endpoint and query UI). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the store over SPARQL with the Fuseki query UI at http://127.0.0.1:PORT/.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Mixin ServerOptions server;

  @Override
  public Integer call() {
    options.applyLogging();
    server.serve(options);
    return Main.OK;
  }
}
