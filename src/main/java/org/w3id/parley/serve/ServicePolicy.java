package org.w3id.parley.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which SPARQL {@code SERVICE} calls the served endpoint may make, and how long and how much it
 * waits for: without it, any client could make the server fetch any URL (intranet hosts, cloud
 * metadata addresses, port scans). {@link #NONE}, the default, refuses every SERVICE.
 *
 * <pre>{@code
 * ServicePolicy.NONE.allowing("https://query.wikidata.org/sparql")
 * }</pre>
 *
 * @param allowed URL prefixes a SERVICE IRI must start with; a prefix that does not end in "/"
 *     matches only where the URL goes on with "/", "?" or "#" (or ends), so {@code
 *     https://query.wikidata.org} does not let {@code https://query.wikidata.org.example} through
 * @param connectTimeout how long to wait for the remote to accept a connection
 * @param readTimeout how long to wait for the remote's answer to start
 * @param maxRows the most rows one SERVICE call may read; the call asks the remote for one more
 *     ({@code LIMIT}), and the query fails, rather than answer short, when it gets them
 */
public record ServicePolicy(
    List<String> allowed, Duration connectTimeout, Duration readTimeout, long maxRows) {

  /** No SERVICE at all; 5 s to connect, 30 s to answer and 10,000 rows once some are allowed. */
  public static final ServicePolicy NONE =
      new ServicePolicy(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(30), 10_000);

  public ServicePolicy {
    allowed = List.copyOf(allowed);
    allowed.forEach(ServicePolicy::checkPrefix);
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new ServeException("SERVICE connect timeout must be positive, found " + connectTimeout);
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new ServeException("SERVICE read timeout must be positive, found " + readTimeout);
    }
    if (maxRows < 1) {
      throw new ServeException("SERVICE row cap must be at least 1, found " + maxRows);
    }
  }

  /** This policy, also allowing SERVICE IRIs that start with {@code urlPrefix}. */
  public ServicePolicy allowing(String urlPrefix) {
    List<String> more = new ArrayList<>(allowed);
    more.add(urlPrefix);
    return new ServicePolicy(more, connectTimeout, readTimeout, maxRows);
  }

  /** This policy with other timeouts. */
  public ServicePolicy withTimeouts(Duration connect, Duration read) {
    return new ServicePolicy(allowed, connect, read, maxRows);
  }

  /** This policy with another row cap per SERVICE call. */
  public ServicePolicy withMaxRows(long rows) {
    return new ServicePolicy(allowed, connectTimeout, readTimeout, rows);
  }

  /** Whether a SERVICE call to {@code url} may go out. */
  public boolean allows(String url) {
    for (String prefix : allowed) {
      if (url.startsWith(prefix)) {
        String rest = url.substring(prefix.length());
        if (prefix.endsWith("/") || rest.isEmpty() || "/?#".indexOf(rest.charAt(0)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static void checkPrefix(String prefix) {
    try {
      URI uri = new URI(prefix);
      String scheme = uri.getScheme();
      if (("http".equals(scheme) || "https".equals(scheme))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ServeException(
        "--allow-service "
            + prefix
            + ": expected an http(s) URL with a host, e.g. https://query.wikidata.org/sparql");
  }
}
