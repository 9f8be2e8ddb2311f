import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extractor;
import org.w3id.parley.extract.FactSentences;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.NlpPipeline;

/**
 * Every fact (meeting, statement, entity) and every time expression a build extracts from the
 * "date YYYY-MM-DD" articles under the given folders, one sorted line each, prefixed by the file:
 * the facts of two builds are the same when their dumps are (bench/fact-diff.sh). CoreNLP runs
 * afresh (no annotation cache), as in ingest.
 *
 *   java -cp parley.jar:$(cat classpath.txt) bench/FactDump.java OUT THREADS DIR...
 */
public class FactDump {
  public static void main(String[] a) throws Exception {
    Extractor extractor = new Extractor(Gazetteer.bundled());
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < a.length; i++) {
      try (var s = Files.walk(Path.of(a[i]))) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(a[1]));
    List<Future<List<String>>> results = new ArrayList<>();
    for (Path f : files) {
      results.add(pool.submit(() -> facts(extractor, f)));
    }
    List<String> out = new ArrayList<>();
    for (Future<List<String>> r : results) {
      out.addAll(r.get());
    }
    pool.shutdown();
    Files.write(Path.of(a[0]), out);
    System.out.println(files.size() + " files, " + out.size() + " lines");
  }

  private static List<String> facts(Extractor extractor, Path f) throws Exception {
    String raw = Files.readString(f);
    List<String> lines = new ArrayList<>();
    if (!raw.startsWith("date ")) {
      return lines;
    }
    LocalDate date = LocalDate.parse(raw.substring(5, 15));
    String text = raw.substring(raw.indexOf('\n') + 1);
    Article art =
        new Article(
            f.getFileName().toString(), date, Optional.empty(), Optional.empty(), text, f.toString());
    AnnotatedText ann = NlpPipeline.shared().annotate(text, date, FactSentences.SELECTOR);
    ArticleFacts facts = extractor.extract(art, ann);
    String name = f.getFileName().toString();
    facts.meetings().forEach(m -> lines.add(name + "\tmeeting\t" + sorted(m)));
    facts.statements().forEach(s -> lines.add(name + "\tstatement\t" + sorted(s)));
    facts.entities().forEach(e -> lines.add(name + "\tentity\t" + sorted(e)));
    ann.times().forEach(t -> lines.add(name + "\ttime\t" + t));
    lines.sort(null);
    return lines;
  }

  /**
   * The record's text with each [...] list, innermost first, turned into its comma-separated parts
   * sorted: the same for the same parts in any order.
   */
  private static String sorted(Object record) {
    String s = String.valueOf(record).replace('\n', ' ');
    Pattern list = Pattern.compile("\\[([^\\[\\]]*)\\]");
    for (Matcher m = list.matcher(s); m.find(); m = list.matcher(s)) {
      List<String> items = new ArrayList<>(List.of(m.group(1).split(", ", -1)));
      items.sort(null);
      s = s.substring(0, m.start()) + "{" + String.join(", ", items) + "}" + s.substring(m.end());
    }
    return s;
  }
}
