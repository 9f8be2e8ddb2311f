package org.w3id.parley.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names a request may name in its {@code Host} header, which stops DNS rebinding: a page
 * on {@code attacker.example} whose name the attacker re-points at 127.0.0.1 reaches this server
 * with {@code Host: attacker.example:PORT}, and is refused. The loopback names are always allowed;
 * a server on every interface adds the names and addresses its clients use ({@code
 * --allowed-host}).
 *
 * @param names lower-case host names or IP addresses (IPv6 in brackets), without a port
 */
record AllowedHosts(Set<String> names) {
  static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");

  AllowedHosts {
    names = Set.copyOf(names);
    for (String name : names) {
      if (!name.matches("[a-z0-9.\\-]+|\\[[0-9a-f:.]+\\]")) {
        throw new ServeException(
            "allowed host '"
                + name
                + "' is not a host name or IP address (IPv6 in brackets, no port, no scheme):"
                + " e.g. analyst-box.example or 192.168.1.20");
      }
    }
  }

  /** The loopback names and {@code more} (any case, as a user types them). */
  static AllowedHosts loopbackAnd(List<String> more) {
    Set<String> names = new LinkedHashSet<>(LOOPBACK);
    more.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    return new AllowedHosts(names);
  }

  /** Whether {@code host}, a Host header, names one of these hosts and the server's port. */
  boolean allows(String host, int port) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (String name : names) {
      if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a request comes from a page of another site other than by a link the user followed: a
   * POST (a form) whose {@code Sec-Fetch-Site} or {@code Origin} names another site, or a GET that
   * another page makes by itself (an image, a script, a fetch), which could make the server run a
   * query as costly as its author likes. A GET navigation ({@code Sec-Fetch-Mode: navigate}), a
   * link to an /id page say, passes; so do requests without these headers (curl, scripts). This is
   * the Fetch Metadata resource isolation policy, with the Origin check for older browsers' POSTs.
   */
  static boolean crossSite(
      String method, String host, String origin, String fetchSite, String fetchMode) {
    boolean otherSite =
        (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none"))
            || (origin != null && !origin.equalsIgnoreCase("http://" + host));
    boolean followedLink =
        (method.equals("GET") || method.equals("HEAD")) && "navigate".equals(fetchMode);
    return otherSite && !followedLink;
  }
}
