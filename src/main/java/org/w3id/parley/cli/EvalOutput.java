package org.w3id.parley.cli;

import java.nio.file.Path;
import org.w3id.parley.nlp.NlpPipeline;
import picocli.CommandLine.Option;

/** The {@code --out} option every evaluation command shares. */
final class EvalOutput {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target/eval");

  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's analyses in DIR and reuse them for the same texts, so re-scoring changed"
              + " extraction rules takes seconds (a development aid; the key includes the pipeline"
              + " settings).")
  Path annotationCache;

  /** Turns the annotation cache on when asked. */
  void applyCache() {
    if (annotationCache != null) {
      NlpPipeline.shared().useCache(annotationCache);
    }
  }
}
