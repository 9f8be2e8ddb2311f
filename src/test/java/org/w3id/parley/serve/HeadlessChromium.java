package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.net.PortProber;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both at given paths ({@code
 * /usr/bin/…}, or {@code -Dparley.chromium} and {@code -Dparley.chromedriver}), so that Selenium
 * Manager never looks for (or downloads) a browser or driver of its own. Tests that use it are
 * {@link BrowserTest}s.
 *
 * <pre>{@code
 * WebDriver browser = HeadlessChromium.start(tempDir.resolve("chromium-profile"));
 * try { browser.get(url); } finally { browser.quit(); }
 * }</pre>
 */
final class HeadlessChromium {
  static final Path CHROMIUM = BrowserTestCondition.chromium(HeadlessChromium::property);
  static final Path CHROMEDRIVER = BrowserTestCondition.chromedriver(HeadlessChromium::property);

  // Selenium warns that it has no DevTools (CDP) classes for this Chromium; the test needs none.
  // Held in a field: java.util.logging forgets the level of a logger nobody references.
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(Level.SEVERE);
  }

  private HeadlessChromium() {}

  /**
   * Starts a browser with a fresh profile in {@code profile} (created if absent).
   *
   * <p>Fails when Chromium or its driver is missing: {@link BrowserTest} has skipped the test
   * already where that is allowed, so here a missing one is a broken machine.
   */
  static ChromeDriver start(Path profile) throws IOException {
    requireExecutable(CHROMIUM);
    requireExecutable(CHROMEDRIVER);
    // The constructor, not ChromeDriverService.Builder: the Builder class carries Google's
    // @AutoService, whose absence from the classpath would cost a javac warning.
    int port = PortProber.findFreePort();
    List<String> args = List.of("--port=" + port);
    Duration startup = Duration.ofSeconds(30);
    ChromeDriverService service =
        new ChromeDriverService(CHROMEDRIVER.toFile(), port, startup, args, Map.of());
    service.sendOutputTo(OutputStream.nullOutputStream()); // its startup banner, on every build
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // We run as root in CI containers, where Chromium's sandbox cannot start.
        "--no-sandbox",
        "--disable-gpu",
        // Containers often have a 64 MB /dev/shm, too small for Chromium's shared memory.
        "--disable-dev-shm-usage",
        // No network beyond loopback: keep Chromium from trying to reach Google's services.
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1200",
        "--user-data-dir=" + profile.toAbsolutePath());
    // Downloads land in the profile's downloads/ folder, without asking, where a test reads them.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads(profile).toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    return new ChromeDriver(service, options);
  }

  /** Where the browser started with {@code profile} saves downloads. */
  static Path downloads(Path profile) {
    return profile.resolve("downloads");
  }

  private static Optional<String> property(String key) {
    return Optional.ofNullable(System.getProperty(key));
  }

  private static void requireExecutable(Path program) {
    if (!Files.isExecutable(program)) {
      fail(
          program
              + " not found: browser tests need Debian's Chromium and its driver."
              + " Install them with: "
              + BrowserTestCondition.INSTALL);
    }
  }
}
