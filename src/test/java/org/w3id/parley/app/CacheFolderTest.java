package org.w3id.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the shared cache lives: the option, then PARLEY_CACHE_DIR, then XDG, then ~/.cache. */
class CacheFolderTest {
  private static final String HOME = "/home/ana";

  private static Path resolve(Optional<Path> option, Map<String, String> env) {
    return CacheFolder.resolve(option, env, HOME);
  }

  @Test
  void theOptionWinsOverEverything() {
    assertEquals(
        Path.of("/tmp/c"),
        resolve(
            Optional.of(Path.of("/tmp/c")),
            Map.of("PARLEY_CACHE_DIR", "/p", "XDG_CACHE_HOME", "/x")));
  }

  @Test
  void theEnvironmentVariableWinsOverXdg() {
    assertEquals(
        Path.of("/p"),
        resolve(Optional.empty(), Map.of("PARLEY_CACHE_DIR", "/p", "XDG_CACHE_HOME", "/x")));
  }

  @Test
  void xdgCacheHomeGetsAParleyFolder() {
    assertEquals(Path.of("/x/parley"), resolve(Optional.empty(), Map.of("XDG_CACHE_HOME", "/x")));
  }

  @Test
  void withoutAnyItIsDotCacheInTheHomeFolder() {
    assertEquals(Path.of(HOME, ".cache", "parley"), resolve(Optional.empty(), Map.of()));
  }

  @Test
  void anEmptyOrRelativeXdgCacheHomeIsIgnoredAsTheSpecificationSays() {
    assertEquals(
        Path.of(HOME, ".cache", "parley"), resolve(Optional.empty(), Map.of("XDG_CACHE_HOME", "")));
    assertEquals(
        Path.of(HOME, ".cache", "parley"),
        resolve(Optional.empty(), Map.of("XDG_CACHE_HOME", "cache")));
    assertEquals(
        Path.of(HOME, ".cache", "parley"),
        resolve(Optional.empty(), Map.of("PARLEY_CACHE_DIR", " ")));
  }
}
