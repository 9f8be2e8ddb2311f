package org.w3id.parley.serve;

import java.time.Duration;
import java.util.Collection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * How much one client can make the server do. The query timeout (60 s, {@code arq:queryTimeout} in
 * the configuration) cuts a long query, a runaway REGEX included ({@link InterruptibleRegex}); the
 * cap on concurrent queries bounds how many run at once, so that a few costly ones cannot take all
 * cores. A {@code GROUP_CONCAT} over a cross product can still fill the heap within the timeout;
 * the {@code parley} launcher then stops the JVM with a message.
 *
 * <pre>{@code
 * ServerLimits.DEFAULT.withMaxConcurrentQueries(8)
 * }</pre>
 *
 * @param maxConcurrentQueries queries (and /id pages, which run queries) executed at once
 * @param maxQueuedQueries queries that wait for a free slot; the next one gets 503 at once
 * @param queueWait how long a query waits for a slot before it gets 503
 * @param maxRequestBytes the largest request body (a query sent by POST); larger ones get 413
 * @param maxPageRows the most meetings or statements an /id page lists (it says when it stops)
 */
public record ServerLimits(
    int maxConcurrentQueries,
    int maxQueuedQueries,
    Duration queueWait,
    long maxRequestBytes,
    int maxPageRows) {

  /** As many queries as processors (at least 2), 32 waiting up to 5 s, 1 MiB bodies, 1,000 rows. */
  public static final ServerLimits DEFAULT =
      new ServerLimits(
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          32,
          Duration.ofSeconds(5),
          1L << 20,
          1_000);

  public ServerLimits {
    if (maxConcurrentQueries < 1) {
      throw new ServeException(
          "the cap on concurrent queries must be at least 1, found " + maxConcurrentQueries);
    }
    if (maxQueuedQueries < 0 || queueWait.isNegative() || queueWait.isZero()) {
      throw new ServeException(
          "the query queue needs 0 or more places and a positive wait, found "
              + maxQueuedQueries
              + " places for "
              + queueWait);
    }
    if (maxRequestBytes < 1 || maxPageRows < 1) {
      throw new ServeException(
          "body and page caps must be at least 1, found "
              + maxRequestBytes
              + " bytes and "
              + maxPageRows
              + " rows");
    }
  }

  /** These limits with another cap on concurrent queries. */
  public ServerLimits withMaxConcurrentQueries(int queries) {
    return new ServerLimits(queries, maxQueuedQueries, queueWait, maxRequestBytes, maxPageRows);
  }

  /** These limits with another queue for queries waiting for a slot. */
  public ServerLimits withQueue(int queries, Duration wait) {
    return new ServerLimits(maxConcurrentQueries, queries, wait, maxRequestBytes, maxPageRows);
  }

  /** These limits with another cap on request bodies. */
  public ServerLimits withMaxRequestBytes(long bytes) {
    return new ServerLimits(maxConcurrentQueries, maxQueuedQueries, queueWait, bytes, maxPageRows);
  }

  /** These limits with another cap on the rows of a page. */
  public ServerLimits withMaxPageRows(int rows) {
    return new ServerLimits(
        maxConcurrentQueries, maxQueuedQueries, queueWait, maxRequestBytes, rows);
  }

  /**
   * Jetty's own handlers in front of {@code next}: a {@link SizeLimitHandler} for request bodies
   * and a {@link QoSHandler} that admits at most {@link #maxConcurrentQueries} requests to {@code
   * queryPaths} (Jetty path specs such as {@code /kg/*}) at once.
   */
  Handler wrap(Handler next, Collection<String> queryPaths) {
    QoSHandler queries = new QoSHandler(next);
    queries.setMaxRequestCount(maxConcurrentQueries);
    queries.setMaxSuspendedRequestCount(maxQueuedQueries);
    queries.setMaxSuspend(queueWait);
    queries.includePath(queryPaths.toArray(String[]::new));
    SizeLimitHandler bodies = new SizeLimitHandler(maxRequestBytes, -1);
    bodies.setHandler(queries);
    return bodies;
  }
}
