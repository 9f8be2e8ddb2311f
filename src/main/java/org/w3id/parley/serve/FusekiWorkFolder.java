package org.w3id.parley.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's work folder, its {@code FUSEKI_BASE}: where the admin module (FMod_Admin) unpacks
 * shiro.ini, config.ttl and its templates and looks for extra datasets in {@code configuration/}.
 * Either one the caller names, kept, or a temporary one, deleted by {@link #release()}.
 */
final class FusekiWorkFolder {
  private static final Logger LOG = LoggerFactory.getLogger(FusekiWorkFolder.class);

  private final Path path;
  private final boolean temporary;

  private FusekiWorkFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /** The folder {@code path}, created by Fuseki if missing, and kept. */
  static FusekiWorkFolder given(Path path) {
    return new FusekiWorkFolder(path.toAbsolutePath().normalize(), false);
  }

  /** A new folder {@code parley-fuseki-*} in the system temporary folder. */
  static FusekiWorkFolder temporary() {
    try {
      return new FusekiWorkFolder(Files.createTempDirectory("parley-fuseki-"), true);
    } catch (IOException e) {
      throw new ServeException(
          "cannot create a Fuseki work folder in " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  Path path() {
    return path;
  }

  /**
   * Runs {@code build} (a Fuseki server build) with this folder as FUSEKI_BASE. FMod_Admin has no
   * setter for its folder: it reads FUSEKI_BASE, first as a system property, then from the
   * environment. It also sets FUSEKI_SHIRO, which only the Shiro module (not used here) reads. Both
   * properties are put back afterwards so that nothing leaks into the rest of the JVM.
   */
  <T> T whileBuilding(Supplier<T> build) {
    synchronized (FusekiWorkFolder.class) {
      String baseBefore = System.getProperty(FusekiServerCtl.envFusekiBase);
      String shiroBefore = System.getProperty(FusekiServerCtl.envFusekiShiro);
      System.setProperty(FusekiServerCtl.envFusekiBase, path.toString());
      try {
        return build.get();
      } finally {
        restoreProperty(FusekiServerCtl.envFusekiBase, baseBefore);
        restoreProperty(FusekiServerCtl.envFusekiShiro, shiroBefore);
      }
    }
  }

  /** Deletes the folder if it is temporary; a folder the caller named is kept. */
  void release() {
    if (!temporary || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete the Fuseki work folder {}: {}", path, e.getMessage());
    }
  }

  private static void restoreProperty(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }
}
