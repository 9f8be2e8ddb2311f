package org.w3id.parley.serve;

import static org.w3id.parley.serve.Html.BASE;
import static org.w3id.parley.serve.Html.ONTOLOGY;
import static org.w3id.parley.serve.Html.escape;
import static org.w3id.parley.serve.Html.href;
import static org.w3id.parley.serve.Html.local;
import static org.w3id.parley.serve.Html.rows;
import static org.w3id.parley.serve.Html.text;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Linked-data pages: every resource IRI {@code https://w3id.org/parley/id/…} is served locally
 * under {@code /id/…}. Browsers get an HTML page (for a person: names, roles, countries, links,
 * meetings and statements with their evidence); RDF clients asking for Turtle, N-Triples or JSON-LD
 * get the resource's description. A list stops at the page's row cap, and says so: a person of a
 * large store may have more meetings than a page can show.
 */
final class ResourcePages extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final int maxRows;

  /** Pages whose meeting and statement lists show at most {@code maxRows} items each. */
  ResourcePages(int maxRows) {
    this.maxRows = maxRows;
  }

  private static final String DESCRIBE =
      "CONSTRUCT { ?r ?p ?o . ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?r ?p ?o"
          + " OPTIONAL { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";

  // Each row's evidence is one mention (the first), so its sentence and article belong together.
  private static final String MEETINGS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?m ?date ?status ?place ?with ?sentence ?article WHERE {
        { SELECT ?m (SAMPLE(?d) AS ?date) (SAMPLE(?st) AS ?status) (SAMPLE(?pl) AS ?place)
                 (GROUP_CONCAT(DISTINCT ?ol; separator=", ") AS ?with) (MIN(?ev) AS ?e)
          WHERE {
            ?m a parley:Meeting ; parley:participant ?r ; parley:status ?st ; parley:evidence ?ev .
            OPTIONAL { ?m parley:date ?d } OPTIONAL { ?m parley:location/rdfs:label ?pl }
            OPTIONAL { ?m parley:participant ?o FILTER(?o != ?r) ?o rdfs:label ?ol }
          } GROUP BY ?m }
        ?e parley:sentence ?sentence ; parley:article ?article .
      } ORDER BY ?date ?m""";

  private static final String STATEMENTS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      SELECT ?s ?date ?quote ?sentence ?article WHERE {
        { SELECT ?s (SAMPLE(?d) AS ?date) (SAMPLE(?q) AS ?quote) (MIN(?ev) AS ?e)
          WHERE {
            ?s a parley:Statement ; parley:speaker ?r ; parley:quote ?q ; parley:evidence ?ev .
            OPTIONAL { ?s parley:date ?d }
          } GROUP BY ?s }
        ?e parley:sentence ?sentence ; parley:article ?article .
      } ORDER BY ?date ?s""";

  private static final String HTML = "text/html";

  /** What a resource is served as, HTML first, so that {@code *}/{@code *} gets the page. */
  private static final AcceptList OFFERS =
      AcceptList.create(
          HTML,
          Lang.TURTLE.getHeaderString(),
          Lang.NTRIPLES.getHeaderString(),
          Lang.JSONLD.getHeaderString());

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    String iri = BASE + path;
    Dataset ds = dataset();
    Model description = Txn.calculateRead(ds, () -> run(ds, DESCRIBE, iri));
    if (description.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no resource " + iri);
      return;
    }
    // Fuseki's content negotiation weighs the Accept header's qualities; HTML when nothing fits.
    String chosen =
        ConNeg.chooseContentType(req, OFFERS, MediaType.create(HTML)).getContentTypeStr();
    Lang lang = chosen.equals(HTML) ? null : RDFLanguages.contentTypeToLang(chosen);
    resp.setHeader("Vary", "Accept");
    if (lang != null) {
      resp.setContentType(lang.getContentType().getContentTypeStr());
      resp.setCharacterEncoding("UTF-8");
      RDFDataMgr.write(resp.getOutputStream(), description, lang);
      return;
    }
    resp.setContentType("text/html; charset=UTF-8");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Txn.executeRead(ds, () -> html(resp, ds, iri, description, maxRows));
  }

  private Dataset dataset() {
    DataAccessPoint kg = DataAccessPointRegistry.get(getServletContext()).get("/kg");
    return DatasetFactory.wrap(kg.getDataService().getDataset());
  }

  private static Model run(Dataset ds, String construct, String iri) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(construct);
    q.setIri("r", iri);
    try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
      return qe.execConstruct();
    }
  }

  private static void html(HttpServletResponse resp, Dataset ds, String iri, Model d, int maxRows) {
    try {
      PrintWriter w = resp.getWriter();
      head(w, label(d, iri));
      w.println("<h1>" + escape(label(d, iri)) + "</h1><p class=\"ev\">" + escape(iri) + "</p>");
      description(w, d, iri);
      Statement text = d.getResource(iri).getProperty(d.createProperty(ONTOLOGY + "text"));
      if (d.contains(d.createResource(iri), RDF.type, d.createResource(ONTOLOGY + "Article"))
          && text != null) {
        ArticlePage.write(w, ds, iri, text.getString());
      }
      Section meetings = new Section("Meetings", MEETINGS, "queries/02-meetings-of-a-person.rq");
      Section statements =
          new Section("Statements", STATEMENTS, "queries/03-statements-by-a-person.rq");
      section(w, ds, meetings, iri, maxRows, ResourcePages::meeting);
      section(w, ds, statements, iri, maxRows, ResourcePages::statement);
      w.println("</body></html>");
      w.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void head(PrintWriter w, String title) {
    w.println(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + " · Parley</title>");
    w.println(
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
            + "td,th{padding:.2em .6em;vertical-align:top;text-align:left}"
            + "blockquote{margin:.3em 0;color:#333}.ev{color:#666;font-size:.9em}"
            + ".text{white-space:pre-wrap;line-height:1.5}mark.meeting{background:#fbd5d5}"
            + "mark.statement{background:#d3eeeb}</style></head><body>");
    w.println("<nav class=\"ev\"><a href=\"/graph\">Network view</a></nav>");
  }

  // Every property of the resource but an article's text, which ArticlePage shows in full.
  private static void description(PrintWriter w, Model d, String iri) {
    w.println("<h2>Description</h2><table>");
    d.listStatements(d.createResource(iri), null, (RDFNode) null).toList().stream()
        .filter(s -> !s.getPredicate().getLocalName().equals("text"))
        .sorted(Comparator.comparing(s -> s.getPredicate().getLocalName()))
        .forEach(
            s ->
                w.println(
                    "<tr><th>"
                        + escape(s.getPredicate().getLocalName())
                        + "</th><td>"
                        + value(d, s.getObject())
                        + "</td></tr>"));
    w.println("</table>");
  }

  private static String meeting(QuerySolution r) {
    return escape(text(r, "date"))
        + " "
        + escape(local(text(r, "status")))
        + " with "
        + escape(text(r, "with"))
        + (text(r, "place").isEmpty() ? "" : " in " + escape(text(r, "place")))
        + evidence(r);
  }

  private static String statement(QuerySolution r) {
    return escape(text(r, "date"))
        + "<blockquote>"
        + escape(text(r, "quote"))
        + "</blockquote>"
        + evidence(r);
  }

  // The evidence sentence and a link to its article's page: "(article ID)".
  private static String evidence(QuerySolution r) {
    String article = text(r, "article");
    return "<div class=\"ev\">"
        + escape(text(r, "sentence"))
        + " (<a class=\"article\" href=\""
        + escape(href(article))
        + "\">article "
        + escape(local(article))
        + "</a>)</div>";
  }

  /** A list on the page: its heading, its query, and the example query that lists all of it. */
  private record Section(String title, String query, String fullList) {}

  private static void section(
      PrintWriter w,
      Dataset ds,
      Section section,
      String iri,
      int maxRows,
      Function<QuerySolution, String> item) {
    List<String> items = new ArrayList<>();
    rows(ds, section.query(), iri, maxRows + 1L, r -> items.add(item.apply(r)));
    if (items.isEmpty()) {
      return;
    }
    String title = section.title();
    w.println("<h2>" + title + "</h2><ul class=\"" + title.toLowerCase(Locale.ROOT) + "\">");
    items.stream().limit(maxRows).forEach(i -> w.println("<li>" + i + "</li>"));
    w.println("</ul>");
    if (items.size() > maxRows) {
      w.println(
          "<p class=\"ev capped\">The first "
              + maxRows
              + " only; "
              + escape(section.fullList())
              + " lists them all over SPARQL.</p>");
    }
  }

  private static String value(Model d, RDFNode o) {
    if (o.isLiteral()) {
      return escape(o.asLiteral().getLexicalForm());
    }
    String uri = o.asResource().getURI();
    if (uri == null) {
      return "";
    }
    return "<a href=\"" + escape(href(uri)) + "\">" + escape(label(d, uri)) + "</a>";
  }

  private static String label(Model d, String uri) {
    Statement s = d.getResource(uri).getProperty(RDFS.label);
    return s != null ? s.getString() : local(uri);
  }
}
