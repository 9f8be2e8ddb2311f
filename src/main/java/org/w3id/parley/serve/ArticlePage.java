package org.w3id.parley.serve;

import static org.w3id.parley.serve.Html.ONTOLOGY;
import static org.w3id.parley.serve.Html.escape;
import static org.w3id.parley.serve.Html.href;
import static org.w3id.parley.serve.Html.local;
import static org.w3id.parley.serve.Html.rows;
import static org.w3id.parley.serve.Html.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;

/**
 * The body of an article's page: the meetings and statements Parley found in it, then the article
 * text with each one's evidence marked, so a reader goes from a fact to its words and back.
 */
final class ArticlePage {

  /** Every fact of the article's own graph with its evidence offsets, in text order. */
  private static final String FACTS =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?fact ?kind ?begin ?end (SAMPLE(?d) AS ?date) (SAMPLE(?st) AS ?status)
             (SAMPLE(?q) AS ?quote) (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?people)
      WHERE {
        GRAPH ?r {
          VALUES ?kind { parley:Meeting parley:Statement }
          ?fact a ?kind ; parley:evidence ?ev .
          ?ev parley:begin ?begin ; parley:end ?end .
          OPTIONAL { ?fact parley:date ?d }
          OPTIONAL { ?fact parley:status ?st }
          OPTIONAL { ?fact parley:quote ?q }
          OPTIONAL { { ?fact parley:participant ?p } UNION { ?fact parley:speaker ?p }
                     ?p rdfs:label ?who }
        }
      }
      GROUP BY ?fact ?kind ?begin ?end
      ORDER BY ?begin ?end""";

  /** One fact and where its evidence lies in the text (UTF-16 offsets, as Java's substring). */
  private record Fact(
      String iri, String kind, int begin, int end, String date, String status, String detail) {
    String anchor() {
      return "ev-" + begin + "-" + end;
    }
  }

  private ArticlePage() {}

  /** Writes the facts list and the marked-up text; call inside a read transaction. */
  static void write(PrintWriter w, Dataset ds, String article, String text) {
    List<Fact> evidence = facts(ds, article, text.length());
    // One line per fact, in the order of its first evidence, linking to each of its evidences.
    Map<String, List<Fact>> byFact = new LinkedHashMap<>();
    evidence.forEach(f -> byFact.computeIfAbsent(f.iri(), k -> new ArrayList<>()).add(f));
    if (!byFact.isEmpty()) {
      w.println("<h2>Facts in this article</h2><ol class=\"facts\">");
      for (List<Fact> mentions : byFact.values()) {
        Fact f = mentions.get(0);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < mentions.size(); i++) {
          links
              .append(" <a class=\"to-text\" href=\"#")
              .append(mentions.get(i).anchor())
              .append("\">")
              .append(i == 0 ? "in the text" : String.valueOf(i + 1))
              .append("</a>");
        }
        w.println(
            "<li><a href=\""
                + escape(href(f.iri()))
                + "\">"
                + escape(f.kind())
                + "</a>"
                + (f.date().isEmpty() ? "" : " " + escape(f.date()))
                + (f.status().isEmpty() ? "" : " " + escape(f.status()))
                + ": "
                + escape(f.detail())
                + links
                + "</li>");
      }
      w.println("</ol>");
    }
    w.println("<h2>Text</h2><div class=\"text\">" + marked(text, evidence) + "</div>");
  }

  private static List<Fact> facts(Dataset ds, String article, int length) {
    List<Fact> out = new ArrayList<>();
    rows(
        ds,
        FACTS,
        article,
        r -> {
          int begin = r.getLiteral("begin").getInt();
          int end = r.getLiteral("end").getInt();
          if (0 <= begin && begin <= end && end <= length) {
            boolean meeting = r.getResource("kind").getURI().equals(ONTOLOGY + "Meeting");
            out.add(
                new Fact(
                    r.getResource("fact").getURI(),
                    meeting ? "Meeting" : "Statement",
                    begin,
                    end,
                    text(r, "date"),
                    local(text(r, "status")),
                    meeting
                        ? text(r, "people")
                        : text(r, "people") + " “" + text(r, "quote") + "”"));
          }
        });
    return out;
  }

  // The text with each fact's evidence in a <mark>; where two overlap, the first one wins.
  private static String marked(String text, List<Fact> facts) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Fact f : facts) {
      if (f.begin() < at) {
        continue;
      }
      out.append(escape(text.substring(at, f.begin())))
          .append("<mark id=\"")
          .append(f.anchor())
          .append("\" class=\"")
          .append(f.kind().toLowerCase(Locale.ROOT))
          .append("\" title=\"")
          .append(escape(f.kind() + ": " + f.detail()))
          .append("\">")
          .append(escape(text.substring(f.begin(), f.end())))
          .append("</mark>");
      at = f.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }
}
