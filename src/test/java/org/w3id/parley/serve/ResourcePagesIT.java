package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Linked-data pages: one IRI, HTML for browsers and RDF for RDF clients. */
class ResourcePagesIT {
  private static final String LAVROV = "https://w3id.org/parley/id/person/sergey-lavrov";

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

  private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Accept", accept).build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The page a browser gets at {@code path}, which must answer 200. */
  private static String htmlPage(String path) throws Exception {
    HttpResponse<byte[]> r = get(path, "text/html");
    assertEquals(200, r.statusCode(), path);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void rdfClientsGetTheDescription() throws Exception {
    for (Lang lang : new Lang[] {Lang.TURTLE, Lang.JSONLD}) {
      HttpResponse<byte[]> r = get("id/person/sergey-lavrov", lang.getHeaderString());
      assertEquals(200, r.statusCode());
      Model m = ModelFactory.createDefaultModel();
      RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), lang);
      assertEquals(
          "Sergey Lavrov",
          m.getResource(LAVROV).getProperty(RDFS.label).getString(),
          lang.getName());
    }
  }

  @Test
  void rdfClientsAskingForNTriplesGetNTriples() throws Exception {
    // As asked outright, and as preferred by quality among types the server also offers
    for (String accept :
        new String[] {"application/n-triples", "text/turtle;q=0.5, application/n-triples"}) {
      HttpResponse<byte[]> r = get("id/person/sergey-lavrov", accept);
      assertEquals(200, r.statusCode(), accept);
      String contentType = r.headers().firstValue("Content-Type").orElse("");
      assertTrue(contentType.startsWith("application/n-triples"), accept + ": " + contentType);
      // The N-Triples parser refuses Turtle's prefixes and abbreviations.
      Model m = ModelFactory.createDefaultModel();
      RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(m);
      Resource lavrov = m.getResource(LAVROV);
      assertEquals("Sergey Lavrov", lavrov.getProperty(RDFS.label).getString(), accept);
      assertTrue(lavrov.hasProperty(RDF.type, m.getResource(Html.ONTOLOGY + "Person")), accept);
    }
  }

  @Test
  void browsersGetAPersonPageWithMeetingsStatementsAndEvidence() throws Exception {
    String html = htmlPage("id/person/sergey-lavrov");
    assertTrue(html.contains("<h1>Sergey Lavrov</h1>"), html);
    assertTrue(html.contains("2019-12-02 Held with Ilham Aliyev"), html);
    assertTrue(html.contains("I agree with you that much is yet to be done"), html);
    assertTrue(html.contains("<a href=\"/id/country/RU\">Russia</a>"), html);
  }

  @Test
  void anArticlePageListsItsFactsAndMarksTheirEvidenceInTheText() throws Exception {
    String html = htmlPage("id/article/000_dd508a3738293a43");
    assertTrue(html.contains("<h2>Facts in this article</h2>"), html);
    assertTrue(html.contains("Meeting</a> 2019-12-02 Held: "), html);
    // One line per fact, however many sentences mention it: the planned meeting has four.
    String planned = "Planned: Elmar Mammadyarov, Zohrab Mnatsakanyan";
    assertEquals(1, html.split(planned, -1).length - 1, html);
    // The evidence of the meeting with Aliyev, marked in the text where the list links to
    String anchor =
        html.replaceFirst(
            "(?s).*Held: [^<]*Ilham Aliyev[^<]*<a class=\"to-text\" href=\"#([^\"]+)\".*", "$1");
    assertTrue(anchor.startsWith("ev-"), anchor);
    assertTrue(
        html.matches(
            "(?s).*<mark id=\""
                + anchor
                + "\" class=\"meeting\"[^>]*>[^<]*Lavrov said at a meeting with Azerbaijani"
                + " President Ilham Aliyev.*"),
        html);
  }

  @Test
  void anUnknownResourceIsNotFound() throws Exception {
    assertEquals(404, get("id/person/nobody-at-all", "text/html").statusCode());
  }

  @Test
  @BrowserTest
  void thePersonPageRendersInChromium() throws Exception {
    ChromeDriver browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
    try {
      browser.get(server.baseUri().resolve("id/person/sergey-lavrov").toString());
      assertEquals("Sergey Lavrov", browser.findElement(By.tagName("h1")).getText());
      assertEquals(2, browser.findElements(By.cssSelector("ul.meetings li")).size());
      browser.findElement(By.linkText("Russia")).click();
      assertEquals("Russia", browser.findElement(By.tagName("h1")).getText());
      browser.navigate().back();
      // Each evidence sentence links to its article's page.
      browser.findElement(By.cssSelector("ul.meetings a.article")).click();
      assertEquals("000_dd508a3738293a43", browser.findElement(By.tagName("h1")).getText());
      assertFalse(browser.findElements(By.cssSelector(".text mark.statement")).isEmpty());
      browser.navigate().back();
      Path shot = Path.of("target/screenshots/person-page.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.quit();
    }
  }
}
