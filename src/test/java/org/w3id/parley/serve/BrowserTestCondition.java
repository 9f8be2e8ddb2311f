package org.w3id.parley.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs {@link BrowserTest}s only where Debian's Chromium and chromedriver are installed, so that
 * {@code mvn verify} passes on a fresh machine with only Java and Maven; says so in one line per
 * JVM, with the command that installs them.
 *
 * <p>Where browser tests must not silently stop running, a missing browser fails them instead: in
 * CI (environment variable {@code CI=true}, as CI services set it) or with {@code
 * -Dparley.browser.required=true}; {@code -Dparley.browser.required=false} skips even in CI. The
 * programs' paths are {@code -Dparley.chromium} and {@code -Dparley.chromedriver} (default {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver}). All three are read as JUnit configuration
 * parameters, which fall back to system properties, so a test can set them for one run of the JUnit
 * Platform without touching the JVM's.
 */
final class BrowserTestCondition implements ExecutionCondition {
  static final String CHROMIUM = "parley.chromium";
  static final String CHROMEDRIVER = "parley.chromedriver";
  static final String REQUIRED = "parley.browser.required";
  static final String INSTALL = "apt-get install chromium chromium-driver";

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private final Consumer<String> notice;

  /** The condition {@link BrowserTest} uses: its notice goes to standard output, once per JVM. */
  BrowserTestCondition() {
    this(
        line -> {
          if (TOLD.compareAndSet(false, true)) {
            System.out.println(line);
          }
        });
  }

  /** A condition that hands the line about a skip to {@code notice}, every time. */
  BrowserTestCondition(Consumer<String> notice) {
    this.notice = notice;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> missing =
        missing(chromium(context::getConfigurationParameter))
            .or(() -> missing(chromedriver(context::getConfigurationParameter)));
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    if (required(context)) {
      throw new IllegalStateException(
          "browser tests are required here ("
              + REQUIRED
              + " or CI=true) but "
              + missing.get()
              + ": install them with "
              + INSTALL);
    }
    String reason =
        "Browser tests skipped: "
            + missing.get()
            + ". Install Chromium and its driver with: "
            + INSTALL
            + " (or give their paths with -D"
            + CHROMIUM
            + "=... -D"
            + CHROMEDRIVER
            + "=...)";
    notice.accept(reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  /** Chromium's path: the {@value #CHROMIUM} parameter (or property), else Debian's. */
  static Path chromium(Function<String, Optional<String>> parameters) {
    return Path.of(parameters.apply(CHROMIUM).orElse("/usr/bin/chromium"));
  }

  /** chromedriver's path: the {@value #CHROMEDRIVER} parameter (or property), else Debian's. */
  static Path chromedriver(Function<String, Optional<String>> parameters) {
    return Path.of(parameters.apply(CHROMEDRIVER).orElse("/usr/bin/chromedriver"));
  }

  private static Optional<String> missing(Path program) {
    return Files.isExecutable(program)
        ? Optional.empty()
        : Optional.of(program + " not found (or not executable)");
  }

  // An explicit parameter wins over CI, so that CI can still test the skipping.
  private static boolean required(ExtensionContext context) {
    return context
        .getConfigurationParameter(REQUIRED)
        .map(Boolean::parseBoolean)
        .orElseGet(() -> "true".equalsIgnoreCase(System.getenv("CI")));
  }
}
