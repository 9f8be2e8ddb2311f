package org.w3id.parley.cli;

import java.nio.file.Path;
import org.w3id.parley.nlp.NlpPipeline;
import picocli.CommandLine.Option;

/** The {@code --annotation-cache} option of the commands that run CoreNLP over a gold split. */
final class AnnotationCacheOption {
  @Option(
      names = "--annotation-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's analyses in DIR and reuse them for the same texts, so re-scoring changed"
              + " extraction rules takes seconds (a development aid; the key includes the pipeline"
              + " settings).")
  Path dir;

  /** Turns the annotation cache on when asked. */
  void apply() {
    if (dir != null) {
      NlpPipeline.shared().useCache(dir);
    }
  }
}
