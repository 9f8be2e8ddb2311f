package org.w3id.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The article files under the paths given, listed before anything is read (so a run knows how much
 * input it has): {@code .txt}, {@code .jsonl} and {@code .ndjson} files in folders, walked in name
 * order, following symbolic links; any file given directly. Hidden files and folders (a name
 * starting with {@code .}) are left out. A symbolic link loop, a broken link or a folder that
 * cannot be listed is one rejection, and the walk goes on.
 *
 * @param files the files, in reading order
 * @param rejections what could not be listed
 */
public record InputFiles(List<InputFiles.File> files, List<Rejection> rejections) {
  /**
   * One file to read.
   *
   * @param path the path to read
   * @param relative its path below the folder given, or its name if given directly: its id
   * @param size its size in bytes when listed
   */
  public record File(Path path, Path relative, long size) {
    /** Whether it holds JSON Lines (one article a line) rather than one text article. */
    public boolean jsonLines() {
      String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }
  }

  public InputFiles {
    files = List.copyOf(files);
    rejections = List.copyOf(rejections);
  }

  /** Total size of the files, in bytes. */
  public long bytes() {
    return files.stream().mapToLong(File::size).sum();
  }

  /** How many articles the input holds, if that is known without reading it (no JSON Lines). */
  public Optional<Integer> articles() {
    return files.stream().anyMatch(File::jsonLines)
        ? Optional.empty()
        : Optional.of(files.size() + rejections.size());
  }

  /**
   * Lists the files under {@code paths}.
   *
   * @throws IngestException if a path does not exist: a mistyped argument, not bad input
   */
  public static InputFiles list(List<Path> paths) {
    List<File> files = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IngestException(path + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        Deque<Path> ancestors = new ArrayDeque<>();
        walk(path, path, ancestors, files, rejections);
      } else {
        files.add(new File(path, path.getFileName(), size(path)));
      }
    }
    return new InputFiles(files, rejections);
  }

  private static void walk(
      Path root, Path dir, Deque<Path> ancestors, List<File> files, List<Rejection> rejections) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
      ancestors.push(dir.toRealPath());
    } catch (IOException e) {
      rejections.add(new Rejection(dir.toString(), "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(p)) {
        Optional<Path> loop = loop(p, ancestors);
        if (loop.isPresent()) {
          rejections.add(
              new Rejection(
                  p.toString(), "symbolic link loop back to " + loop.get() + "; not followed"));
        } else {
          walk(root, p, ancestors, files, rejections);
        }
      } else if (Files.isRegularFile(p)) {
        if (isArticleFile(name)) {
          files.add(new File(p, root.relativize(p), size(p)));
        }
      } else if (Files.isSymbolicLink(p)) {
        rejections.add(
            new Rejection(p.toString(), "symbolic link to nothing (broken, or a loop); skipped"));
      } else if (isArticleFile(name)) {
        // A named pipe or a device: reading it could wait for ever.
        rejections.add(new Rejection(p.toString(), "not a regular file; skipped"));
      }
    }
    ancestors.pop();
  }

  // The folder on the way down that p is, if following p would go round in a circle.
  private static Optional<Path> loop(Path p, Deque<Path> ancestors) {
    try {
      Path real = p.toRealPath();
      return ancestors.stream().filter(real::equals).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
