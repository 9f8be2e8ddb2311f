package org.w3id.parley.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query handler with the server's {@link ServiceGate} in each query's context (the
 * request's own copy, so nothing leaks into ARQ's global context, which Fuseki shares), and each
 * REGEX made one that the query timeout stops ({@link InterruptibleRegex}).
 */
final class GatedQuery extends SPARQL_QueryDataset {
  private final ServiceGate gate;

  GatedQuery(ServiceGate gate) {
    this.gate = gate;
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    gate.applyTo(action.getContext());
    return super.createQueryExec(action, InterruptibleRegex.rewrite(query), dataset);
  }
}
