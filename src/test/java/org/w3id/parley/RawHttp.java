package org.w3id.parley;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, so that a request goes out exactly as written, as {@code curl
 * --path-as-is} sends it: java.net.http normalises dot segments away and sets {@code Host} itself.
 *
 * <pre>{@code
 * RawHttp.Reply reply = RawHttp.send(port, "POST /$/validate/../datasets", "Host: 127.0.0.1:" + port);
 * }</pre>
 */
public final class RawHttp {
  private RawHttp() {}

  /** A status code, the header block and the body as text. */
  public record Reply(int status, String headers, String body) {
    /** The first value of header {@code name}, or null. */
    public String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return status + "\n" + headers + "\n\n" + body;
    }
  }

  /**
   * Sends {@code requestLine} (e.g. {@code GET /kg HTTP/1.1}; "HTTP/1.1" is added when missing)
   * with {@code headers} (CRLF-separated, may be empty), {@code Connection: close}, and no body.
   */
  public static Reply send(int port, String requestLine, String headers) {
    return send(port, requestLine, headers, null);
  }

  /** The same with a body, sent with its Content-Length. */
  public static Reply send(int port, String requestLine, String headers, String body) {
    return send(InetAddress.getLoopbackAddress(), port, requestLine, headers, body);
  }

  /** The same to {@code address} rather than the loopback address. */
  public static Reply send(
      InetAddress address, int port, String requestLine, String headers, String body) {
    StringBuilder head = new StringBuilder(requestLine);
    if (!requestLine.matches(".* HTTP/1\\.[01]$")) {
      head.append(" HTTP/1.1");
    }
    head.append("\r\n");
    if (!headers.isEmpty()) {
      head.append(headers).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    return exchange(address, port, head.toString().getBytes(StandardCharsets.US_ASCII), content);
  }

  /** {@code Host: 127.0.0.1:PORT}, what a browser on this machine sends. */
  public static String host(int port) {
    return "Host: 127.0.0.1:" + port;
  }

  private static Reply exchange(InetAddress address, int port, byte[] head, byte[] body) {
    try (Socket socket = new Socket(address, port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = reply.indexOf("\r\n\r\n");
      String top = end < 0 ? reply : reply.substring(0, end);
      String rest = end < 0 ? "" : reply.substring(end + 4);
      String statusLine = top.lines().findFirst().orElse("");
      String[] parts = statusLine.split(" ");
      if (parts.length < 2 || !parts[0].toUpperCase(Locale.ROOT).startsWith("HTTP/")) {
        throw new AssertionError("not an HTTP reply: " + reply);
      }
      return new Reply(Integer.parseInt(parts[1]), top, rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
