package org.w3id.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split: {@code text/ARTICLE.txt} and brat standoff {@code
 * attributions/ARTICLE_ANNOTATOR.ann}. For each article the first annotation file in sorted name
 * order is used; each {@code E} line with both a Source and a Content argument is one gold
 * relation. Offsets are code points, as in the files.
 *
 * <pre>{@code
 * List<GoldArticle> gold = PolnearGold.load(Path.of("../shared/eval/polnear/dev"));
 * }</pre>
 */
public final class PolnearGold {
  private PolnearGold() {}

  public static List<GoldArticle> load(Path split) {
    Path textDir = split.resolve("text");
    Path annDir = split.resolve("attributions");
    List<Path> texts = list(textDir, ".txt");
    if (texts.isEmpty()) {
      throw new EvalException(
          textDir
              + ": no .txt files; expected a PolNeAR split folder with text/ and attributions/");
    }
    Map<String, Path> firstAnn = firstAnnotations(annDir);
    List<GoldArticle> out = new ArrayList<>();
    for (Path t : texts) {
      String name = t.getFileName().toString();
      String id = name.substring(0, name.length() - 4);
      Path ann = firstAnn.get(id);
      out.add(new GoldArticle(id, read(t), ann == null ? List.of() : relations(ann)));
    }
    return out;
  }

  static List<GoldRelation> relations(Path ann) {
    Parsed p = parse(ann);
    List<GoldRelation> out = new ArrayList<>();
    for (Map<String, String> args : p.events()) {
      Object[] source = p.spans().get(args.get("Source"));
      Object[] content = p.spans().get(args.get("Content"));
      if (source != null && content != null) {
        out.add(
            new GoldRelation(
                (CodePoints) source[0],
                (CodePoints) content[0],
                (String) source[1],
                (String) content[1]));
      }
    }
    return out;
  }

  /**
   * The cue and content of each attribution of a split that has both, by article (first annotator,
   * as for the relations): what the reporting-verb model learns from.
   */
  public static Map<String, List<CodePoints[]>> cues(Path split) {
    Map<String, List<CodePoints[]>> out = new HashMap<>();
    for (Map.Entry<String, Path> a : firstAnnotations(split.resolve("attributions")).entrySet()) {
      Parsed p = parse(a.getValue());
      List<CodePoints[]> pairs = new ArrayList<>();
      for (Map<String, String> args : p.events()) {
        Object[] cue = p.spans().get(args.get("Cue"));
        Object[] content = p.spans().get(args.get("Content"));
        if (cue != null && content != null && args.containsKey("Source")) {
          pairs.add(new CodePoints[] {(CodePoints) cue[0], (CodePoints) content[0]});
        }
      }
      out.put(a.getKey(), pairs);
    }
    return out;
  }

  /** A brat file: its text spans (id to {span, text}) and events (role to span id). */
  private record Parsed(Map<String, Object[]> spans, List<Map<String, String>> events) {}

  private static Parsed parse(Path ann) {
    Map<String, Object[]> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : read(ann).split("\n")) {
      line = line.replace("\r", "");
      // A span's text may run over several lines; only "T12<TAB>…" and "E3<TAB>…" start a record.
      if (line.matches("T\\d+\t.*")) {
        String[] parts = line.split("\t", -1);
        String[] mid = parts[1].split(" ", 2);
        int begin = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (String piece : mid[1].split(";")) {
          String[] be = piece.trim().split("\\s+");
          begin = Math.min(begin, Integer.parseInt(be[0]));
          end = Math.max(end, Integer.parseInt(be[1]));
        }
        spans.put(
            parts[0], new Object[] {new CodePoints(begin, end), parts.length > 2 ? parts[2] : ""});
      } else if (line.matches("E\\d+\t.*")) {
        String[] parts = line.split("\t", -1);
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : parts[1].trim().split("\\s+")) {
          String[] rr = a.split(":", 2);
          args.putIfAbsent(rr[0], rr[1]);
        }
        events.add(args);
      }
    }
    return new Parsed(spans, events);
  }

  /** Article id to its first annotation file in sorted name order. */
  private static Map<String, Path> firstAnnotations(Path annDir) {
    Map<String, Path> firstAnn = new HashMap<>();
    for (Path ann : list(annDir, ".ann")) {
      String name = ann.getFileName().toString();
      String base = name.substring(0, name.length() - 4);
      int cut = base.lastIndexOf('_');
      String article = cut < 0 ? base : base.substring(0, cut);
      firstAnn.putIfAbsent(article, ann);
    }
    return firstAnn;
  }

  private static List<Path> list(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new EvalException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
