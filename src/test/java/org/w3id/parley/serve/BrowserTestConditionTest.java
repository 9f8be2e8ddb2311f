package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Browser tests on a machine without a browser: skipped with one line naming the install command,
 * or failed where they are required. Runs a small browser test class on the JUnit Platform with the
 * programs' paths pointing at nothing, or at a real executable.
 */
class BrowserTestConditionTest {
  private static final String NOWHERE = "/nonexistent/parley-test/chromium";
  private static final String EXECUTABLE =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** What the sample's condition would have printed. */
  static final List<String> NOTICES = new CopyOnWriteArrayList<>();

  /** How often the sample's test body ran. */
  static final AtomicInteger RUNS = new AtomicInteger();

  /** A browser test in small: its condition, and a body that only counts. */
  static class SampleBrowserTest {
    @RegisterExtension
    static BrowserTestCondition condition = new BrowserTestCondition(NOTICES::add);

    @Test
    void opensAPage() {
      RUNS.incrementAndGet();
    }
  }

  @BeforeEach
  void reset() {
    NOTICES.clear();
    RUNS.set(0);
  }

  @Test
  void missingChromiumSkipsWithOneLineSayingHowToInstallIt() {
    EngineExecutionResults results = run(NOWHERE, EXECUTABLE, "false");

    List<Event> skipped = results.containerEvents().skipped().list();
    assertEquals(1, skipped.size(), skipped.toString());
    String reason = skipped.get(0).getPayload(String.class).orElseThrow();
    assertTrue(reason.contains(NOWHERE + " not found"), reason);
    assertTrue(reason.contains("apt-get install chromium chromium-driver"), reason);
    assertEquals(List.of(reason), NOTICES);
    assertEquals(0, results.containerEvents().failed().count());
    assertEquals(0, RUNS.get());
  }

  @Test
  void missingChromedriverFailsWhereBrowserTestsAreRequired() {
    EngineExecutionResults results = run(EXECUTABLE, NOWHERE, "true");

    List<Event> failed = results.containerEvents().failed().list();
    assertEquals(1, failed.size(), failed.toString());
    Throwable cause =
        failed
            .get(0)
            .getPayload(TestExecutionResult.class)
            .flatMap(TestExecutionResult::getThrowable)
            .orElseThrow();
    String message = String.valueOf(cause.getMessage());
    assertTrue(message.contains(NOWHERE + " not found"), message);
    assertTrue(message.contains("apt-get install chromium chromium-driver"), message);
    assertEquals(List.of(), NOTICES);
    assertEquals(0, RUNS.get());
  }

  @Test
  void installedProgramsRunTheTestRequiredOrNot() {
    for (String required : List.of("true", "false")) {
      EngineExecutionResults results = run(EXECUTABLE, EXECUTABLE, required);

      assertEquals(1, results.testEvents().succeeded().count(), "required=" + required);
    }
    assertEquals(2, RUNS.get());
    assertEquals(List.of(), NOTICES);
  }

  private static EngineExecutionResults run(String chromium, String driver, String required) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SampleBrowserTest.class))
        .configurationParameter(BrowserTestCondition.CHROMIUM, chromium)
        .configurationParameter(BrowserTestCondition.CHROMEDRIVER, driver)
        .configurationParameter(BrowserTestCondition.REQUIRED, required)
        .execute();
  }
}
