package org.w3id.parley.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.w3id.parley.ParleyException;
import org.w3id.parley.store.ParleyStore;

/**
 * The query use case: runs SPARQL on the store directly (no server), the default graph being the
 * union of all article graphs, and writes the result in the chosen format.
 *
 * <pre>{@code
 * new QueryRunner(store).run(Files.readString(Path.of("queries/01-who-met-whom.rq")), Format.TABLE, System.out);
 * }</pre>
 */
public final class QueryRunner {
  /** Output formats for SELECT results; CONSTRUCT and DESCRIBE results are always Turtle. */
  public enum Format {
    TABLE,
    CSV,
    TSV,
    JSON
  }

  private final ParleyStore store;

  /**
   * Parses a query, so that a typo is reported before any store is opened.
   *
   * @throws ParleyException with the parser's message if it does not parse
   */
  public static Query parse(String sparql) {
    try {
      return QueryFactory.create(sparql);
    } catch (QueryParseException e) {
      throw new ParleyException("query does not parse: " + e.getMessage().strip());
    }
  }

  public QueryRunner(ParleyStore store) {
    this.store = store;
  }

  /**
   * Runs a query and writes its result.
   *
   * @return the number of result rows (triples for CONSTRUCT/DESCRIBE, 1 or 0 for ASK)
   * @throws ParleyException if the query does not parse
   */
  public long run(String sparql, Format format, OutputStream out) {
    Query query = parse(sparql);
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            if (query.isSelectType()) {
              var rewindable = qe.execSelect().rewindable();
              int rows = rewindable.size();
              rewindable.reset();
              ResultSet rs = rewindable;
              switch (format) {
                case TABLE -> ResultSetFormatter.out(print, rs, query);
                case CSV -> ResultSetMgr.write(print, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(print, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(print, rs, ResultSetLang.RS_JSON);
              }
              print.flush();
              return (long) rows;
            }
            if (query.isAskType()) {
              boolean yes = qe.execAsk();
              print.println(yes ? "yes" : "no");
              return yes ? 1L : 0L;
            }
            var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(print, model, Lang.TURTLE);
            print.flush();
            return model.size();
          }
        });
  }
}
