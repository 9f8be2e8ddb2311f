package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fuseki query UI (at /index.html, beside Parley's own query page) in a real headless Chromium:
 * from the dataset list to the query page of "/kg", a query of the repository's queries/ folder run
 * with the UI's own button, and its rows in the result table. The store holds the seed article,
 * ingested with the real pipeline.
 */
@BrowserTest
class QueryUiBrowserIT {
  static final Path CONFIG = Path.of("fuseki-config.ttl");
  static final Path QUERY = Path.of("queries", "02-meetings-of-a-person.rq");
  static final Path SCREENSHOT = Path.of("target", "screenshots", "fuseki-query-ui.png");
  static final Duration PATIENCE = Duration.ofSeconds(30);

  // The YASGUI parts of the query page (@zazuko/yasqe and @zazuko/yasr, as bundled in
  // jena-fuseki-ui); the editor is CodeMirror 5, which hangs its instance on its wrapper element.
  static final By DATASET_QUERY_BUTTON =
      By.xpath("//tr[td[1][normalize-space()='/kg']]//button[normalize-space()='query']");
  static final By EDITOR = By.cssSelector("#yasqe .CodeMirror");
  static final By RUN_BUTTON = By.cssSelector("#yasqe .yasqe_queryButton");
  static final By RESULT_ROWS = By.cssSelector("#yasr .yasr_results table tbody tr");
  static final By EMPTY_TABLE = By.cssSelector("#yasr td.dataTables_empty");
  static final By RESULT_HEADER = By.cssSelector("#yasr .yasr_header");

  @TempDir static Path dir;
  static ParleyServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    // The browser first: without Chromium there is no point in the ten seconds of CoreNLP.
    browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
    server = SeedServer.start(dir);
  }

  @AfterAll
  static void stop() {
    SeedServer.stop(browser, server);
  }

  @Test
  void meetingsOfLavrovQueryShowsAliyevInTheResultTable() throws IOException {
    String query = Files.readString(QUERY);
    try {
      runInTheUi(query);
    } catch (RuntimeException | AssertionError failure) {
      // The screenshot shows what went wrong; failing to take it must not hide the failure.
      try {
        screenshot();
      } catch (RuntimeException | IOException screenshotFailure) {
        failure.addSuppressed(screenshotFailure);
      }
      throw failure;
    }
    screenshot();
  }

  private static void runInTheUi(String query) {
    browser.get(server.baseUri().resolve("index.html").toString());
    waitFor(ExpectedConditions.elementToBeClickable(DATASET_QUERY_BUTTON)).click();
    WebElement editor = waitFor(ExpectedConditions.visibilityOfElementLocated(EDITOR));
    assertTrue(browser.getCurrentUrl().endsWith("#/dataset/kg/query"), browser.getCurrentUrl());

    // Typing would fight CodeMirror's auto-indent and bracket closing; setValue acts like a paste.
    Object inEditor =
        js().executeScript(
                "const cm = arguments[0].CodeMirror; cm.setValue(arguments[1]); return cm.getValue();",
                editor,
                query);
    assertEquals(query, inEditor);
    waitFor(ExpectedConditions.elementToBeClickable(RUN_BUTTON)).click();

    List<String> rows = waitFor(driver -> rowTexts());
    assertTrue(
        rows.stream().anyMatch(row -> row.contains("Ilham Aliyev")),
        "no result row names Ilham Aliyev:\n" + String.join("\n", rows));
  }

  /** The result table's rows, cells joined by " | ", once there are any; before, null (wait on). */
  private static List<String> rowTexts() {
    // DataTables shows "No data available in table" as a row of its own.
    if (!browser.findElements(EMPTY_TABLE).isEmpty()) {
      return null;
    }
    List<String> rows =
        browser.findElements(RESULT_ROWS).stream()
            .map(QueryUiBrowserIT::cellTexts)
            .filter(text -> !text.isBlank())
            .toList();
    return rows.isEmpty() ? null : rows;
  }

  private static String cellTexts(WebElement row) {
    return row.findElements(By.tagName("td")).stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" | "));
  }

  private static <T> T waitFor(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "page " + browser.getCurrentUrl() + " shows: " + resultHeader())
        .until(condition);
  }

  private static String resultHeader() {
    return browser.findElements(RESULT_HEADER).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("(no result area)");
  }

  private static JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }

  private static void screenshot() throws IOException {
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
