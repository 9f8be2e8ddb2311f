package org.w3id.parley.cli;

import java.util.concurrent.Callable;
import org.w3id.parley.app.MergeReview;
import org.w3id.parley.app.QueryRunner;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley merges}: the names Parley joined to persons, for review. */
@Command(
    name = "merges",
    mixinStandardHelpOptions = true,
    description = {
      "List every name Parley joined to a person other than by its full label (surname only, spelling,"
          + " transliteration, initial, birth name), with the rule, a score and the sentence.",
      "Undo one with `parley unmerge MERGE`."
    })
final class MergesCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv, tsv or json (default: table).")
  QueryRunner.Format format = QueryRunner.Format.TABLE;

  @Override
  public Integer call() {
    options.applyLogging();
    try (ParleyStore store = ParleyStore.open(options.existingStore())) {
      new MergeReview(store).list(format, System.out);
    }
    return Main.OK;
  }
}
