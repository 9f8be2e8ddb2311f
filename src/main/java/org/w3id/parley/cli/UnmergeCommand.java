package org.w3id.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.parley.app.MergeReview;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley unmerge MERGE}: undo a merge, for good. */
@Command(
    name = "unmerge",
    mixinStandardHelpOptions = true,
    description = {
      "Undo a merge listed by `parley merges`: the name stops being that person in every article that merged it,"
          + " and becomes a person of its own with its own statements and meetings.",
      "The decision is kept in the store's overrides graph, so later ingests respect it."
    })
final class UnmergeCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Parameters(
      paramLabel = "MERGE",
      description = "The merge's IRI, or ARTICLE/HASH as `parley merges` shows.")
  String merge;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    try (ParleyStore store = ParleyStore.open(options.existingStore())) {
      List<String> articles = new MergeReview(store).unmerge(merge);
      spec.commandLine()
          .getOut()
          .println("unmerged; extracted again: " + String.join(", ", articles));
      spec.commandLine().getOut().flush();
    }
    return Main.OK;
  }
}
