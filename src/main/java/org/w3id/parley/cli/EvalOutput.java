package org.w3id.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option every evaluation command shares. */
final class EvalOutput {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target/eval");
}
