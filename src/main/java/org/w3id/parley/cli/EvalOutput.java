package org.w3id.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --out} and {@code --annotation-cache} options every evaluation command shares. */
final class EvalOutput {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target/eval");

  @Mixin AnnotationCacheOption cache;

  /** Turns the annotation cache on when asked. */
  void applyCache() {
    cache.apply();
  }
}
