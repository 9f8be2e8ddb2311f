package org.w3id.parley.serve;

import com.google.common.html.HtmlEscapers;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

/** What the linked-data pages share: escaping, links to local pages, and reading query rows. */
final class Html {
  /** Where Parley's resource IRIs live; each is served locally under {@code /id/}. */
  static final String BASE = "https://w3id.org/parley/id/";

  static final String ONTOLOGY = "https://w3id.org/parley/ontology#";

  private Html() {}

  static String escape(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }

  /** The local page of a Parley IRI ({@code /id/…}); any other IRI as it is. */
  static String href(String iri) {
    return iri.startsWith(BASE) ? "/id/" + iri.substring(BASE.length()) : iri;
  }

  /** The last segment of an IRI: {@code Held} for {@code …#Held}. */
  static String local(String iri) {
    return iri.replaceAll("^.*[#/]", "");
  }

  /** A variable's value as text (a literal's lexical form, an IRI), or "" when unbound. */
  static String text(QuerySolution row, String var) {
    var n = row.get(var);
    return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  /** Runs a SELECT with {@code ?r} bound to {@code iri}; call inside a read transaction. */
  static void rows(Dataset ds, String select, String iri, Consumer<QuerySolution> row) {
    rows(ds, select, iri, Query.NOLIMIT, row);
  }

  /** The same, reading at most {@code limit} rows. */
  static void rows(Dataset ds, String select, String iri, long limit, Consumer<QuerySolution> row) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(select);
    q.setIri("r", iri);
    Query query = q.asQuery();
    query.setLimit(limit);
    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
      qe.execSelect().forEachRemaining(row);
    }
  }
}
