package org.w3id.parley.serve;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;

/**
 * Where a started server listens, as its sockets say (not as it was asked): 127.0.0.1 on loopback,
 * the wildcard address on every interface, which deserves a warning.
 */
final class Listening {
  private Listening() {}

  /** The bound addresses of {@code jetty}'s open connectors. */
  static List<InetSocketAddress> addresses(Server jetty) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof ServerConnector server
          && server.getTransport() instanceof ServerSocketChannel channel
          && channel.isOpen()) {
        try {
          addresses.add((InetSocketAddress) channel.getLocalAddress());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return addresses;
  }

  /** {@code 127.0.0.1:3030}, {@code [::]:3030}, ... */
  static String format(List<InetSocketAddress> addresses) {
    return addresses.stream()
        .map(a -> InetAddresses.toUriString(a.getAddress()) + ":" + a.getPort())
        .collect(Collectors.joining(", "));
  }

  /** Logs a warning when any of {@code addresses} is reachable from other machines. */
  static void warnIfExposed(
      Logger log, List<InetSocketAddress> addresses, AllowedHosts hosts, int port) {
    if (addresses.stream().allMatch(address -> address.getAddress().isLoopbackAddress())) {
      return;
    }
    log.warn(
        "Listening on {}: every network interface. Anyone who can reach this machine on port {}"
            + " can query the store; requests must name one of the hosts {}.",
        format(addresses),
        port,
        new TreeSet<>(hosts.names()));
  }
}
