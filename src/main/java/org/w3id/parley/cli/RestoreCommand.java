package org.w3id.parley.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.StoreBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley restore FILE.nq.gz}: rebuilds a store from a backup. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the store from a file `parley backup` wrote, in one transaction, then rebuild its"
          + " full-text index. A store that holds anything is refused unless --force.",
      "Like ingest, it opens the store itself: stop `parley serve` first."
    })
final class RestoreCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Parameters(paramLabel = "FILE", description = "The backup, e.g. parley-2024-05-01.nq.gz.")
  Path input;

  @Option(
      names = "--force",
      description =
          "Replace what the store holds (in the same transaction: a broken file leaves it as it"
              + " was).")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    try (ParleyStore store = ParleyStore.open(options.store())) {
      StoreBackup.Summary s = StoreBackup.restore(store, input, force);
      spec.commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "restored %d quads in %d graphs (%d articles) from %s into %s, text index %d"
                      + " entries; %.1f s",
                  s.quads(),
                  s.graphs(),
                  store.articleCount(),
                  input,
                  store.location(),
                  store.textIndexSize(),
                  s.seconds()));
    }
    return Main.OK;
  }
}
