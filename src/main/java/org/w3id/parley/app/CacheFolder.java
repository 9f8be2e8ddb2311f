package org.w3id.parley.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Parley keeps what it builds once per user and shares between stores (the Wikipedia anchor
 * index): the folder given on the command line, else {@value #ENV}, else {@code
 * $XDG_CACHE_HOME/parley}, else {@code ~/.cache/parley}, as the XDG Base Directory specification
 * asks of programs that cache.
 *
 * <pre>{@code
 * Path cache = CacheFolder.resolve(Optional.empty(), System.getenv(), System.getProperty("user.home"));
 * }</pre>
 */
public final class CacheFolder {
  /** The environment variable that names the cache folder. */
  public static final String ENV = "PARLEY_CACHE_DIR";

  private CacheFolder() {}

  /** The cache folder for this process's command line, environment and home folder. */
  public static Path resolve(Optional<Path> option, Map<String, String> env, String userHome) {
    if (option.isPresent()) {
      return option.get();
    }
    String own = env.get(ENV);
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    // The specification: an unset, empty or relative XDG_CACHE_HOME is ignored.
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "parley");
    }
    return Path.of(userHome, ".cache", "parley");
  }

  /** The cache folder of this process. */
  public static Path resolve(Optional<Path> option) {
    return resolve(option, System.getenv(), System.getProperty("user.home"));
  }
}
