package org.w3id.parley.extract;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The extractor's version, derived from what decides the graph an article gives: the compiled
 * classes and the word lists of the NLP, extraction and RDF-mapping packages. Any change to them
 * gives a new version, so {@code parley ingest} re-extracts the articles a store holds from an
 * older extractor without anyone having to remember to bump a constant.
 *
 * <pre>{@code
 * String v = ExtractorVersion.current(); // "parley-extract-3f9a0c2d11e4"
 * }</pre>
 */
public final class ExtractorVersion {
  /** The packages (as resource folders) whose contents make up the version. */
  static final List<String> PACKAGES =
      List.of("org/w3id/parley/nlp", "org/w3id/parley/extract", "org/w3id/parley/rdf");

  private ExtractorVersion() {}

  /** The version of the code on the class path, computed once. */
  public static String current() {
    return Holder.VERSION;
  }

  private static final class Holder {
    static final String VERSION = computeForClassPath();
  }

  private static String computeForClassPath() {
    try {
      Path location =
          Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return of(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
        return of(jar.getPath("/"));
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new ExtractionException("cannot derive the extractor version: " + e, e);
    }
  }

  /**
   * The version of the classes and resources under a class-path root (a classes folder, or a jar's
   * root): a hash over every file of {@link #PACKAGES}, by relative path and content.
   */
  public static String of(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String pkg : PACKAGES) {
      Path dir = root.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      throw new IOException(root + " holds none of " + PACKAGES);
    }
    files.sort((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
    Hasher h = Hashing.sha256().newHasher();
    for (Path f : files) {
      String name = root.relativize(f).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(f);
      h.putInt(name.length()).putString(name, StandardCharsets.UTF_8);
      h.putInt(bytes.length).putBytes(bytes);
    }
    return "parley-extract-" + h.hash().toString().substring(0, 12);
  }
}
