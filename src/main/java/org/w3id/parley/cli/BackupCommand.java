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

/** {@code parley backup -o FILE.nq.gz}: the whole store as gzipped N-Quads. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write the whole store (every graph: articles, merges, overrides, links) to one N-Quads file,"
          + " gzipped when its name ends in .gz; `parley restore` reads it back.",
      "Like ingest, it opens the store itself: stop `parley serve` first."
    })
final class BackupCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The backup file, e.g. parley-2024-05-01.nq.gz (replaced if it exists).")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    try (ParleyStore store = ParleyStore.open(options.existingStore())) {
      StoreBackup.Summary s = StoreBackup.write(store, output);
      spec.commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "backed up %d quads in %d graphs from %s to %s; %.1f s",
                  s.quads(),
                  s.graphs(),
                  store.location(),
                  output,
                  s.seconds()));
    }
    return Main.OK;
  }
}
