package org.w3id.parley;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server in its own JVM, started on the tests' classpath the way a user starts it from a shell:
 * for tests of a command that serves until it is stopped. Its output goes to a log file that every
 * failure quotes.
 *
 * <pre>{@code
 * try (ServerProcess p =
 *     ServerProcess.start(dir, List.of(), Map.of(), "org.w3id.parley.cli.Main", "serve")) {
 *   p.awaitUp(URI.create("http://127.0.0.1:" + port + "/$/ping"));
 * }
 * }</pre>
 */
public final class ServerProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Process process;
  private final Path log;

  private ServerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** A port that was free a moment ago, for a server that must be told its port. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Runs {@code java [jvmOptions] -cp <the tests' classpath> mainClass args...} in the folder
   * {@code dir}, logging to {@code dir}/server.log.
   */
  public static ServerProcess start(
      Path dir, List<String> jvmOptions, Map<String, String> env, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Path log = dir.resolve("server.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ServerProcess(builder.start(), log);
  }

  /** What the server has printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code ping} answers 200; fails with the log if the server exits or is slow. */
  public void awaitUp(URI ping) throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("the server exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(ping).build(), BodyHandlers.discarding()).statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    fail("the server did not answer " + ping + " within " + STARTUP + ":\n" + log());
  }

  /** GET {@code uri} with an Accept header; fails with the log if the server does not answer. */
  public HttpResponse<String> get(URI uri, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri).header("Accept", accept).build(), BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("the server failed:\n" + log(), e);
    }
  }

  /** Sends {@code request}; fails with the log if the server does not answer. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("the server failed:\n" + log(), e);
    }
  }

  /** The SPARQL query URL of the "kg" service under {@code base}, as a GET with the query. */
  public static URI sparql(URI base, String query) {
    return base.resolve("kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  /** Waits for the process to end by itself; fails with the log if it does not. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("the process did not end within " + timeout + ":\n" + log());
    }
    return process.exitValue();
  }

  /** Stops the server (as Ctrl-C would) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
