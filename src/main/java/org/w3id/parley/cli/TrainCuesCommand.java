package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.parley.eval.CueTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley eval train-cues}: learns the reporting-verb model's weights from PolNeAR. */
@Command(
    name = "train-cues",
    mixinStandardHelpOptions = true,
    description = {
      "Learn the weights of the reporting-verb model (verbs outside speech-verbs.tsv, such as"
          + " 'praised' or 'declined') from a PolNeAR split, and write them as cue-weights.tsv.",
      "Train on the development split only (../shared/eval/polnear/train), never on dev or test."
    })
final class TrainCuesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "PolNeAR split.")
  Path gold;

  @Option(
      names = "--metadata",
      paramLabel = "FILE",
      description = "metadata.tsv with publication dates (default: the one next to the split).")
  Path metadata;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("src/main/resources/org/w3id/parley/extract/statement/cue-weights.tsv");

  @Mixin AnnotationCacheOption cache;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    cache.apply();
    CueTraining.Result r = new CueTraining().train(gold, Optional.ofNullable(metadata));
    CueTraining.write(out, r, "parley eval train-cues --gold " + gold);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        java.util.Locale.ROOT,
        "%d candidates, %d attributions, %d weights written to %s%n",
        r.examples(),
        r.positives(),
        r.weights().size(),
        out);
    o.flush();
    return Main.OK;
  }
}
