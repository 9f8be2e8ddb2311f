package org.w3id.parley.serve;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Puts a {@link ServicePolicy} into effect for the queries of the served endpoint: the first link
 * of ARQ's SERVICE executor chain refuses a SERVICE IRI the policy does not allow, and hands an
 * allowed one to Jena's own HTTP executor with the policy's timeouts, an HTTP client that follows
 * no redirects (an allowed host must not be able to send the call elsewhere) and a {@code LIMIT}
 * one above the row cap.
 *
 * <p>Only the contexts given to {@link #applyTo} are affected: {@code parley query} and the rest of
 * the JVM keep ARQ's defaults.
 */
final class ServiceGate implements ChainingServiceExecutor {
  private final ServicePolicy policy;
  private final HttpClient client;
  private final ServiceExecutorRegistry registry;

  ServiceGate(ServicePolicy policy) {
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.registry = new ServiceExecutorRegistry();
    registry.add(ServiceExecutorRegistry.httpService); // the last link: Jena's HTTP call
    registry.addSingleLink(this); // prepended: every call passes here first
  }

  /** Makes the SERVICE calls of a query run in {@code context} go through this gate. */
  void applyTo(Context context) {
    ServiceExecutorRegistry.set(context, registry);
    // Jena's own switch, which the configuration file sets to false for the stock server:
    // this gate decides instead.
    context.set(ARQ.httpServiceAllowed, !policy.allowed().isEmpty());
    context.set(ARQ.httpQueryTimeout, policy.readTimeout().toMillis());
    context.set(ARQ.httpQueryClient, client);
  }

  @Override
  public QueryIterator createExecution(
      OpService opExecute,
      OpService opOriginal,
      Binding binding,
      ExecutionContext execCxt,
      ServiceExecutor chain) {
    Node service = opExecute.getService();
    if (!service.isURI() || !policy.allows(service.getURI())) {
      throw new QueryDeniedException(
          "SERVICE "
              + service
              + " is refused: this server calls no other endpoint"
              + (policy.allowed().isEmpty()
                  ? ""
                  : " but those starting with " + String.join(", ", policy.allowed()))
              + "; start it with --allow-service URL to allow one, or run the query with"
              + " `parley query`");
    }
    OpService limited =
        (OpService) opExecute.copy(new OpSlice(opExecute.getSubOp(), Query.NOLIMIT, cap() + 1));
    QueryIterator remote;
    try {
      remote = chain.createExecution(limited, opOriginal, binding, execCxt);
    } catch (QueryExceptionHTTP e) {
      // Jena says "Unexpected error making the query"; the cause says what went wrong.
      throw new QueryExceptionHTTP(
          e.getStatusCode(),
          "SERVICE <" + service.getURI() + "> failed: " + rootMessage(e) + timeouts(),
          e);
    }
    // Jena's HTTP executor has already read the answer into memory; check it before any of it is
    // joined, so that a query over the cap fails before its response starts.
    List<Binding> rows = new ArrayList<>();
    try {
      while (remote.hasNext()) {
        if (rows.size() == cap()) {
          throw new QueryDeniedException(
              "SERVICE <"
                  + service.getURI()
                  + "> answered more than "
                  + cap()
                  + " rows, the most one SERVICE call may read here; narrow its pattern");
        }
        rows.add(remote.next());
      }
    } finally {
      remote.close();
    }
    return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
  }

  private String timeouts() {
    return " (this server waits "
        + policy.connectTimeout().toMillis()
        + " ms to connect, "
        + policy.readTimeout().toMillis()
        + " ms for an answer)";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private long cap() {
    return policy.maxRows();
  }
}
