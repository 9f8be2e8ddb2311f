package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The /graph page: its files over HTTP, and the network it draws from SPARQL in Chromium. */
@BrowserTest
class GraphPageIT {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  // The seed's meeting of 2019-12-02, in the words of the article.
  private static final String MEETING_SENTENCE =
      "Lavrov said at a meeting with Azerbaijani President Ilham Aliyev on Monday";
  // The edges of one kind between two labelled nodes (a cytoscape collection, in JavaScript).
  private static final String EDGE =
      "window.parleyGraph.cy.edges().filter(e => e.data('kind') === arguments[0]"
          + " && [e.source().data('label'), e.target().data('label')].sort().join('|')"
          + " === [arguments[1], arguments[2]].sort().join('|'))";

  @TempDir static Path dir;
  static ParleyServer server;
  static ChromeDriver browser;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void serveTheSeed() throws Exception {
    server = SeedServer.start(dir);
    browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterAll
  static void stop() {
    SeedServer.stop(browser, server);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(server.baseUri().resolve(path)).build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesThePageAndCytoscapeAndNothingElse() throws Exception {
    for (String page : List.of("graph", "graph/")) {
      HttpResponse<String> r = get(page);
      assertEquals(200, r.statusCode(), page);
      assertEquals("text/html;charset=utf-8", contentType(r), page);
      assertTrue(r.body().contains("<title>Parley · Graph</title>"), r.body());
    }
    HttpResponse<String> lib = get("graph/lib/cytoscape.min.js");
    assertEquals(200, lib.statusCode());
    assertEquals("text/javascript;charset=utf-8", contentType(lib));
    assertTrue(lib.body().contains("cytoscape"));
    assertEquals("text/css;charset=utf-8", contentType(get("graph/graph.css")));
    for (String unknown :
        List.of("graph/nope.js", "graph/GraphPage.class", "graph/lib/cytoscape.js", "graph/x/")) {
      assertEquals(404, get(unknown).statusCode(), unknown);
    }
    assertFalse(get("graph/%2e%2e/%2e%2e/pom.xml").statusCode() == 200);
    assertTrue(get("id/person/sergey-lavrov").body().contains("<a href=\"/graph\">"), "link");
  }

  @Test
  void drawsTheSeedNetwork() {
    open();
    assertTrue(count("g.cy.nodes()") >= 15, "nodes: " + count("g.cy.nodes()"));
    assertTrue(count("g.cy.edges()") >= 20, "edges: " + count("g.cy.edges()"));
    assertEquals(1L, js("return " + EDGE + ".length", "met", "Sergey Lavrov", "Ilham Aliyev"));
    String status = browser.findElement(By.id("status")).getText();
    assertTrue(status.matches("\\d+ nodes, \\d+ of \\d+ edges shown"), status);
    assertFalse(browser.findElement(By.id("error")).isDisplayed());
  }

  @Test
  void searchingLavrovAndTappingHisMeetingWithAliyevShowsTheSentence() throws Exception {
    open();
    browser.findElement(By.id("search")).sendKeys("Lavrov");
    waitFor(
            d ->
                d.findElements(By.cssSelector("#results button")).stream()
                    .filter(b -> b.getText().startsWith("Sergey Lavrov"))
                    .findFirst()
                    .orElse(null))
        .click();
    waitFor(
        d ->
            "Sergey Lavrov"
                    .equals(js("return window.parleyGraph.cy.$('node:selected').data('label')"))
                ? true
                : null);
    String evidence =
        waitFor(d -> text("evidence").contains("Open page") ? text("evidence") : null);
    assertTrue(evidence.startsWith("Sergey Lavrov"), evidence);
    assertEquals(
        "/id/person/sergey-lavrov",
        browser.findElement(By.linkText("Open page")).getDomAttribute("href"));

    js(EDGE + ".emit('tap')", "met", "Sergey Lavrov", "Ilham Aliyev");
    evidence = waitFor(d -> text("evidence").contains(MEETING_SENTENCE) ? text("evidence") : null);
    assertTrue(evidence.contains("2019-12-02 · Held"), evidence);
    assertFalse(
        browser
            .findElements(By.cssSelector("#evidence a[href='/id/article/000_dd508a3738293a43']"))
            .isEmpty(),
        "no link to the article");
    js("window.parleyGraph.cy.fit(undefined, 40)");
    Path shot = Path.of("target/screenshots/graph-page.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theViewIsSavedForCytoscapeAsFilteredAndAsAPicture() throws Exception {
    open();
    setDates("2019-12-03", "2019-12-04");
    long shown = count("g.shownEdges()");
    browser.findElement(By.id("save-cyjs")).click();
    browser.findElement(By.id("save-png")).click();
    Path folder = HeadlessChromium.downloads(dir.resolve("chromium-profile"));
    Path cyjs = folder.resolve("parley-network.cyjs");
    Path png = folder.resolve("parley-network.png");
    waitFor(d -> Files.isRegularFile(cyjs) && Files.isRegularFile(png) ? true : null);

    JsonObject saved = JSON.parse(Files.readString(cyjs));
    JsonArray edges = saved.get("elements").getAsObject().get("edges").getAsArray();
    JsonArray nodes = saved.get("elements").getAsObject().get("nodes").getAsArray();
    assertEquals(shown, edges.size());
    Set<String> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.getAsObject().get("data").getAsObject().getString("id")));
    assertTrue(ids.contains("https://w3id.org/parley/id/person/sergey-lavrov"), ids.toString());
    for (JsonValue e : edges) {
      JsonObject data = e.getAsObject().get("data").getAsObject();
      assertTrue(ids.contains(data.getString("source")) && ids.contains(data.getString("target")));
      assertFalse(data.getString("last").startsWith("2019-12-02"), "filtered out: " + data);
    }
    byte[] picture = Files.readAllBytes(png);
    assertEquals("PNG", new String(picture, 1, 3, StandardCharsets.US_ASCII));
    setDates("", "");
  }

  @Test
  void aCappedStartShowsTheBestConnectedEntitiesAndSaysSo() {
    open("graph?cap=4");
    long nodes = count("g.cy.nodes()");
    assertTrue(nodes > 1 && nodes <= 4, nodes + " nodes");
    assertEquals(0L, count("g.cy.nodes().filter(n => n.degree() === 0)"), "unconnected nodes");
    assertEquals(1L, count("g.cy.nodes().filter(n => n.data('label') === 'Sergey Lavrov')"));
    assertTrue(
        text("status").contains("Capped: the best-connected of 17 entities"), text("status"));
  }

  @Test
  void doubleClickingANodeAddsItsNeighbours() {
    open("graph?cap=2");
    String aliyev = "g.cy.nodes().filter(n => n.data('label') === 'Ilham Aliyev')";
    assertEquals(0L, count(aliyev), "outside the cap at first");
    long before = count("g.cy.nodes()");
    js(
        "window.parleyGraph.cy.nodes().filter(n => n.data('label') === 'Sergey Lavrov').emit('dbltap')");
    waitFor(d -> count(aliyev) == 1 ? true : null);
    assertTrue(count("g.cy.nodes()") > before);
    assertEquals(1L, js("return " + EDGE + ".length", "met", "Sergey Lavrov", "Ilham Aliyev"));
  }

  @Test
  void aMisspelledNameFindsThePersonThroughTheTextIndex() {
    open();
    browser.findElement(By.id("search")).sendKeys("Lavrof");
    waitFor(d -> text("results").contains("Sergey Lavrov") ? true : null);
    assertTrue(text("results").startsWith("No exact match; spelled alike:"), text("results"));
  }

  @Test
  void searchTextIsQuotedNotRunAsSparql() {
    open();
    browser.findElement(By.id("search")).sendKeys("a\" ) } \\ '");
    waitFor(d -> text("results").contains("No match") ? true : null);
    assertFalse(browser.findElement(By.id("error")).isDisplayed(), text("error"));
  }

  @Test
  void theFiltersHideEdgesOutsideTheDateRangeOrKind() {
    open();
    long all = count("g.shownEdges()");
    setDates("2019-12-03", "2019-12-04");
    assertTrue(hidden("met", "Sergey Lavrov", "Ilham Aliyev"), "the 2019-12-02 meeting");
    assertFalse(hidden("met", "Sergey Lavrov", "Elmar Mammadyarov"), "the 2019-12-03 meeting");
    assertTrue(count("g.shownEdges()") < all);
    setDates("", "");
    assertEquals(all, count("g.shownEdges()"));

    browser.findElement(By.cssSelector("#kinds input[value='met']")).click();
    assertEquals(0L, count("g.shownEdges().filter('[kind = \"met\"]')"));
    assertTrue(count("g.shownEdges()") > 0);
  }

  private static void open() {
    open("graph");
  }

  private static void open(String path) {
    browser.get(server.baseUri().resolve(path).toString());
    waitFor(d -> Boolean.TRUE.equals(js("return window.parleyGraph.layoutDone")) ? true : null);
  }

  private static void setDates(String from, String to) {
    js(
        "document.getElementById('from').value = arguments[0];"
            + "document.getElementById('to').value = arguments[1];"
            + "document.getElementById('to').dispatchEvent(new Event('change'));",
        from,
        to);
  }

  private static boolean hidden(String kind, String a, String b) {
    assertEquals(1L, js("return " + EDGE + ".length", kind, a, b), kind + " " + a + " " + b);
    return (Boolean) js("return " + EDGE + "[0].hasClass('filtered')", kind, a, b);
  }

  /**
   * The size of a cytoscape collection, given as JavaScript on g, the page's window.parleyGraph.
   */
  private static long count(String collection) {
    return (Long) js("const g = window.parleyGraph; return " + collection + ".length");
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
  }

  private static <T> T waitFor(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "page shows: " + text("status") + " / " + text("error"))
        .until(condition);
  }
}
