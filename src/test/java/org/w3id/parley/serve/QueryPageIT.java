package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Parley's query page at /query: its files and examples over HTTP, and in Chromium an analyst's
 * path through it: pick an example, run it, read the rows, follow a result to its /id/ page.
 */
class QueryPageIT {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String EXAMPLE = "02-meetings-of-a-person";
  private static final String ACTIVE = ".tabPanel.active ";
  private static final By RUN = By.cssSelector(ACTIVE + ".yasqe_queryButton");
  private static final By ROWS = By.cssSelector(ACTIVE + ".yasr_results table tbody tr");
  private static final Path SCREENSHOT = Path.of("target/screenshots/query-page.png");

  @TempDir static Path dir;
  static ParleyServer server;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void serveTheSeed() {
    server = SeedServer.start(dir);
  }

  @AfterAll
  static void stop() {
    SeedServer.stop(null, server);
  }

  @Test
  void servesThePageAndYasguiAndNothingElse() throws Exception {
    for (String page : List.of("query", "query/")) {
      HttpResponse<String> r = get(page);
      assertEquals(200, r.statusCode(), page);
      assertEquals("text/html;charset=utf-8", contentType(r), page);
      assertTrue(r.body().contains("<title>Parley · Query</title>"), r.body());
      assertTrue(r.body().contains("<a href=\"/index.html\">Fuseki UI</a>"), r.body());
      assertTrue(r.body().contains("<a href=\"/graph\">"), r.body());
    }
    HttpResponse<String> yasgui = get("query/lib/yasgui.min.js");
    assertEquals(200, yasgui.statusCode());
    assertEquals("text/javascript;charset=utf-8", contentType(yasgui));
    assertTrue(yasgui.body().contains("Yasgui"));
    assertEquals("text/css;charset=utf-8", contentType(get("query/lib/yasgui.min.css")));
    assertEquals("text/javascript;charset=utf-8", contentType(get("query/query.js")));
    for (String unknown :
        List.of("query/nope.js", "query/QueryPage.class", "query/lib/yasgui.min.js.map")) {
      assertEquals(404, get(unknown).statusCode(), unknown);
    }
  }

  @Test
  void examplesAreTheAnalystQueriesWithTheirDocumentation() throws Exception {
    HttpResponse<String> r = get("query/examples.json");
    assertEquals(200, r.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(r));
    JsonArray examples = JSON.parseAny(r.body()).getAsArray();
    assertEquals(24, examples.size());
    JsonObject meetings = examples.get(1).getAsObject();
    assertEquals(EXAMPLE, meetings.getString("id"));
    assertEquals("All meetings of a person", meetings.getString("name"));
    assertTrue(meetings.getString("comment").startsWith("Every meeting in which"));
    assertTrue(meetings.getString("parameters").contains("?name"));
    String file = Files.readString(Path.of("queries", EXAMPLE + ".rq"));
    assertTrue(file.endsWith(meetings.getString("query")), "the query is the file's, below");
  }

  @Test
  void prefixesAreParleysAsPrefixCcServesThem() throws Exception {
    JsonObject prefixes = JSON.parse(get("query/prefixes.json").body());
    assertEquals("https://w3id.org/parley/ontology#", prefixes.getString("parley"));
    assertEquals(
        Set.of("parley", "rdf", "rdfs", "owl", "xsd", "skos", "text", "wd", "wdt"),
        prefixes.keys());
  }

  @Test
  @BrowserTest
  void anExampleRunsAndItsResultsLinkToTheResourcePages() throws Exception {
    ChromeDriver browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
    try {
      browser.get(server.baseUri().toString());
      waitFor(browser, d -> d.findElements(By.cssSelector("#examples button")).size() == 24);
      assertEquals(server.baseUri().resolve("query").toString(), browser.getCurrentUrl());
      assertTrue(editorText(browser).contains("PREFIX text: <http://jena.apache.org/text#>"));

      browser.findElement(By.cssSelector("#examples button[data-id='" + EXAMPLE + "']")).click();
      waitFor(browser, d -> editorText(browser).contains("VALUES ?name { \"Lavrov\" }"));
      assertEquals(
          "02 All meetings of a person",
          browser.executeScript("return window.parleyQuery.yasgui.getTab().getName()"));
      assertTrue(browser.findElement(By.id("about-parameters")).getText().contains("?name"));
      browser.findElement(RUN).click();
      List<String> rows = waitFor(browser, d -> rowTexts(browser));
      assertTrue(
          rows.stream().anyMatch(row -> row.contains("Ilham Aliyev")),
          "no row names Ilham Aliyev:\n" + String.join("\n", rows));
      screenshot(browser);

      WebElement link =
          browser.findElement(By.cssSelector(ACTIVE + ".yasr_results a[href^='/id/meeting/']"));
      assertTrue(link.getText().startsWith("pid:meeting/"), link.getText());
      String href = link.getDomAttribute("href");
      // A cell cut short by the table's ellipsis opens on a first click, as for an analyst.
      WebElement cell = link.findElement(By.xpath("ancestor::td/div"));
      if (String.valueOf(cell.getDomAttribute("class")).contains("expandable")) {
        cell.click();
      }
      String results = browser.getWindowHandle();
      link.click();
      // The link opens a browser tab of its own, which keeps the results where they were.
      waitFor(browser, d -> d.getWindowHandles().size() == 2);
      browser.getWindowHandles().stream()
          .filter(handle -> !handle.equals(results))
          .forEach(handle -> browser.switchTo().window(handle));
      waitFor(browser, d -> d.getCurrentUrl().endsWith(href));
      String page = browser.findElement(By.tagName("body")).getText();
      assertTrue(page.contains("Ilham Aliyev"), page);
    } finally {
      browser.quit();
    }
  }

  // ---- helpers

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(server.baseUri().resolve(path)).build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
  }

  // The editor is CodeMirror 5, which hangs its instance on its wrapper element.
  private static String editorText(WebDriver browser) {
    WebElement editor = browser.findElement(By.cssSelector(ACTIVE + ".CodeMirror"));
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return arguments[0].CodeMirror.getValue()", editor);
  }

  /** The result table's rows, cells joined by " | ", once there are any; before, null. */
  private static List<String> rowTexts(WebDriver browser) {
    List<String> rows =
        browser.findElements(ROWS).stream()
            .map(
                row ->
                    row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .collect(Collectors.joining(" | ")))
            .filter(text -> !text.isBlank() && !text.contains("No data available"))
            .toList();
    return rows.isEmpty() ? null : rows;
  }

  private static <T> T waitFor(WebDriver browser, Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "page " + browser.getCurrentUrl() + " shows: " + pageText(browser))
        .until(condition);
  }

  private static String pageText(WebDriver browser) {
    return browser.findElements(By.tagName("body")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("(nothing)");
  }

  private static void screenshot(ChromeDriver browser) throws Exception {
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
  }
}
