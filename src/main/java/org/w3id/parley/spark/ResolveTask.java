package org.w3id.parley.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.app.ArticleResolution;
import org.w3id.parley.rdf.Iris;
import org.w3id.parley.resolve.PersonDescription;
import org.w3id.parley.resolve.PersonResolution;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.NQuadsFileSink;
import scala.Tuple2;

/**
 * What an executor does in the resolution stage ({@link ResolveStage}): reads an article file for
 * its persons, keeps the first file of an article id as {@code parley load} does, and writes its
 * partition's articles' resolved graphs to one N-Quads part file, the graphs {@code load --to FILE}
 * writes for them.
 *
 * <pre>{@code
 * ResolveStage.FolderFile f = ResolveTask.read(0, "/data/out/a.nq");  // Extracted or Unreadable
 * }</pre>
 */
final class ResolveTask {
  private ResolveTask() {}

  /** The file's article id and persons, or its rejection. */
  static ResolveStage.FolderFile read(int index, String path) {
    try {
      ArticleFolder.Entry e = ArticleFolder.read(Path.of(path));
      return new ResolveStage.Extracted(index, path, e.articleId(), ArticleResolution.persons(e));
    } catch (ArticleFolder.Unreadable u) {
      return new ResolveStage.Unreadable(new Tally.Rejected(index, 0, u.source(), u.detail()));
    }
  }

  /** The first file of an article, in path order. */
  static ResolveStage.Extracted first(Iterable<ResolveStage.Extracted> sameId) {
    return sorted(sameId).get(0);
  }

  /** The other files of an article, each rejected as {@code parley load} rejects it. */
  static List<Tally.Rejected> secondFiles(Iterable<ResolveStage.Extracted> sameId) {
    List<ResolveStage.Extracted> all = sorted(sameId);
    List<Tally.Rejected> out = new ArrayList<>();
    for (ResolveStage.Extracted e : all.subList(1, all.size())) {
      out.add(
          new Tally.Rejected(
              e.index(), 0, e.path(), "a second file of article '" + e.articleId() + "'; skipped"));
    }
    return out;
  }

  /**
   * A person once for each article it has members in, with only that article's members: what the
   * article's graphs need.
   */
  static List<Tuple2<String, PersonResolution.Person>> byArticle(PersonResolution.Person p) {
    Map<String, List<PersonDescription>> members = new LinkedHashMap<>();
    for (PersonDescription d : p.members()) {
      members.computeIfAbsent(d.article(), k -> new ArrayList<>()).add(d);
    }
    List<Tuple2<String, PersonResolution.Person>> out = new ArrayList<>();
    members.forEach(
        (article, mine) ->
            out.add(new Tuple2<>(article, new PersonResolution.Person(p.key(), p.label(), mine))));
    return out;
  }

  /**
   * Writes the resolved graphs of a partition's articles to {@code part-NNNNN.nq} in {@code dir},
   * whole or not at all; how many articles it holds.
   */
  static List<Long> write(
      int part,
      Iterator<Tuple2<String, Tuple2<Iterable<String>, Iterable<PersonResolution.Person>>>> group,
      String dir) {
    long articles = 0;
    NQuadsFileSink sink = null;
    try {
      while (group.hasNext()) {
        Tuple2<Iterable<String>, Iterable<PersonResolution.Person>> g = group.next()._2();
        Iterator<String> path = g._1().iterator();
        if (!path.hasNext()) {
          continue; // persons of an article whose file was not kept: none
        }
        ArticleFolder.Entry e = ArticleFolder.read(Path.of(path.next()));
        Map<String, Model> graphs = ArticleResolution.graphs(e, ResolveStage.list(g._2()));
        if (sink == null) {
          sink = NQuadsFileSink.of(Path.of(dir, String.format(Locale.ROOT, "part-%05d.nq", part)));
        }
        for (String iri : List.of(Iris.article(e.articleId()), Iris.mergesGraph(e.articleId()))) {
          Model m = graphs.get(iri);
          if (m != null && !m.isEmpty()) {
            sink.put(iri, m);
          }
        }
        articles++;
      }
    } catch (RuntimeException e) {
      if (sink != null) {
        sink.abandon();
      }
      throw e;
    } finally {
      if (sink != null) {
        sink.close();
      }
    }
    return List.of(articles);
  }

  /** Whether a file is a part file this stage writes (or its partial file). */
  static boolean isPart(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("part-") && (name.endsWith(".nq") || name.endsWith(".nq.part"));
  }

  private static List<ResolveStage.Extracted> sorted(Iterable<ResolveStage.Extracted> sameId) {
    List<ResolveStage.Extracted> all = ResolveStage.list(sameId);
    all.sort(Comparator.comparingInt(ResolveStage.Extracted::index));
    return all;
  }
}
