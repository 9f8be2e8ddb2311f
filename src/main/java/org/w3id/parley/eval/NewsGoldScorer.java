package org.w3id.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.store.ParleyStore;

/**
 * Scores stored meetings against news-gold with the rules of its reference scorer
 * (../shared/eval/news-gold/score.py), so that both print the same figures on the same store: a
 * gold meeting is found by a system meeting of the same article that has at least two of its
 * participants (or its only one), each system meeting used once, best match first; a person matches
 * by surname (the gold name's last word is a word of the label), an {@code ORG:} participant when
 * the first two significant words of its name, or its initials, are words of the label, an {@code
 * ISO:} participant by {@code parley:iso2}. Left-over system meetings in gold articles are false
 * positives. Status and mode agreement are counted on the matches.
 *
 * <p>Beyond the reference figures, each miss and false positive is put in a bucket by the meeting
 * word of its evidence and by the kinds of its participants, so that a change can be judged by the
 * pattern it fixes or breaks.
 */
public final class NewsGoldScorer {
  private static final String QUERY =
      """
      PREFIX parley: <https://w3id.org/parley/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?id ?m ?p ?label ?iso ?status ?mode ?sentence WHERE {
        ?m a parley:Meeting ; parley:evidence ?e ; parley:participant ?p .
        ?e parley:article ?a . ?a parley:id ?id .
        OPTIONAL { ?e parley:sentence ?sentence }
        OPTIONAL { ?p rdfs:label ?label } OPTIONAL { ?p parley:iso2 ?iso }
        OPTIONAL { ?m parley:status ?status } OPTIONAL { ?m parley:mode ?mode }
      } ORDER BY ?id ?m ?p
      """;

  private static final Set<String> STOP =
      Set.of("the", "and", "of", "for", "inc", "co", "corp", "ltd", "plc", "group");

  /** Meeting words, in the order a sentence is bucketed by (the first that occurs wins). */
  private static final Map<String, Pattern> CUES = cues();

  private static Map<String, Pattern> cues() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    m.put("call", Pattern.compile("\\b(phone|telephone|call(ed|s)?|conversation|video)\\b"));
    m.put("debate", Pattern.compile("\\bdebates?\\b"));
    m.put("meet", Pattern.compile("\\b(meet|meets|met|meeting|meetings)\\b"));
    m.put("talks", Pattern.compile("\\b(talks?|talked|discuss(ed|ions?)?)\\b"));
    m.put("negotiate", Pattern.compile("\\bnegotiat\\w*"));
    m.put("visit", Pattern.compile("\\b(visit\\w*|arrived|trip)\\b"));
    m.put(
        "summit/session",
        Pattern.compile("\\b(summit|session|conference|convention|hearing)s?\\b"));
    m.put("host/receive", Pattern.compile("\\b(host\\w*|receiv\\w*|welcom\\w*)\\b"));
    return m;
  }

  /** A stored meeting as the scorer sees it. */
  private record Found(
      String iri, List<String[]> who, String status, String mode, String sentence) {}

  /**
   * The outcome.
   *
   * @param gold gold meetings
   * @param system system meetings in the gold's articles
   * @param matched gold meetings found
   * @param statusRight matches whose status agrees
   * @param modeRight matches whose mode agrees, among those whose gold mode is known
   * @param modeKnown matches whose gold mode is in_person or call
   * @param missesByCue misses per meeting word of the gold evidence
   * @param missesByKinds misses per participant kinds (P person, O organisation, C country)
   * @param falsePositivesByCue false positives per meeting word of their evidence
   * @param report one line per miss and false positive, for study
   */
  public record Result(
      int gold,
      int system,
      int matched,
      int statusRight,
      int modeRight,
      int modeKnown,
      Map<String, Integer> missesByCue,
      Map<String, Integer> missesByKinds,
      Map<String, Integer> falsePositivesByCue,
      List<String> report) {
    public double precision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The reference scorer's summary line. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "meetings: gold %d, system %d, matched %d; P %.3f R %.3f F1 %.3f; status right %d/%d;"
              + " mode right %d/%d",
          gold,
          system,
          matched,
          precision(),
          recall(),
          f1(),
          statusRight,
          matched,
          modeRight,
          modeKnown);
    }
  }

  /** Scores the meetings in the store against the gold. */
  public Result score(NewsGold gold, ParleyStore store) {
    Map<String, Map<String, Found>> byArticle = read(store);
    int nGold = 0;
    int nSystem = 0;
    int tp = 0;
    int statusOk = 0;
    int modeOk = 0;
    int modeN = 0;
    Map<String, Integer> missCue = new TreeMap<>();
    Map<String, Integer> missKinds = new TreeMap<>();
    Map<String, Integer> fpCue = new TreeMap<>();
    List<String> report = new ArrayList<>();
    for (NewsGold.Item a : gold.articles()) {
      Map<String, Found> left = new LinkedHashMap<>(byArticle.getOrDefault(a.id(), Map.of()));
      nSystem += left.size();
      for (NewsGold.Meeting g : a.meetings()) {
        nGold++;
        int need = Math.min(2, g.participants().size());
        String best = null;
        int bestScore = 0;
        for (Found s : left.values()) {
          int k = 0;
          for (String p : g.participants()) {
            if (s.who().stream().anyMatch(w -> matches(p, w[0], w[1]))) {
              k++;
            }
          }
          if (k >= need && k > bestScore) {
            best = s.iri();
            bestScore = k;
          }
        }
        if (best != null) {
          tp++;
          Found s = left.remove(best);
          statusOk += s.status().toLowerCase(Locale.ROOT).endsWith(g.status()) ? 1 : 0;
          if (g.mode().equals("in_person") || g.mode().equals("call")) {
            modeN++;
            modeOk += s.mode().toLowerCase(Locale.ROOT).endsWith(g.mode().replace("_", "")) ? 1 : 0;
          }
          report.add(
              "HIT  "
                  + a.id()
                  + ": "
                  + g.participants()
                  + " ~ "
                  + names(s)
                  + " ("
                  + s.status().replaceAll(".*#", "")
                  + ") :: "
                  + s.sentence().replaceAll("\\s+", " "));
        } else {
          missCue.merge(cue(g.evidence()), 1, Integer::sum);
          missKinds.merge(kinds(g.participants()), 1, Integer::sum);
          report.add(
              "MISS "
                  + a.id()
                  + ": "
                  + g.participants()
                  + " ("
                  + g.status()
                  + ", "
                  + g.mode()
                  + ") :: "
                  + g.evidence().replaceAll("\\s+", " "));
        }
      }
      for (Found s : left.values()) {
        fpCue.merge(cue(s.sentence()), 1, Integer::sum);
        report.add(
            "FP   "
                + a.id()
                + ": "
                + names(s)
                + " ("
                + s.status().replaceAll(".*#", "")
                + ", "
                + s.mode().replaceAll(".*#", "")
                + ") :: "
                + s.sentence().replaceAll("\\s+", " "));
      }
    }
    return new Result(
        nGold, nSystem, tp, statusOk, modeOk, modeN, missCue, missKinds, fpCue, report);
  }

  private static List<String> names(Found s) {
    List<String> names = new ArrayList<>();
    s.who().forEach(w -> names.add(w[0].isEmpty() ? w[1] : w[0]));
    return names;
  }

  private static Map<String, Map<String, Found>> read(ParleyStore store) {
    Map<String, Map<String, Found>> out = new LinkedHashMap<>();
    Map<String, Set<String>> seenParticipants = new LinkedHashMap<>();
    store.select(
        QUERY,
        row -> {
          String id = row.getLiteral("id").getString();
          String m = row.getResource("m").getURI();
          Found s =
              out.computeIfAbsent(id, k -> new LinkedHashMap<>())
                  .computeIfAbsent(
                      m,
                      k ->
                          new Found(
                              m,
                              new ArrayList<>(),
                              row.contains("status") ? row.getResource("status").getURI() : "",
                              row.contains("mode") ? row.getResource("mode").getURI() : "",
                              row.contains("sentence")
                                  ? row.getLiteral("sentence").getString()
                                  : ""));
          String label = row.contains("label") ? row.getLiteral("label").getString() : "";
          String iso = row.contains("iso") ? row.getLiteral("iso").getString() : "";
          String key = row.getResource("p").getURI() + "\t" + label + "\t" + iso;
          if (seenParticipants.computeIfAbsent(id + " " + m, k -> new LinkedHashSet<>()).add(key)) {
            s.who().add(new String[] {label, iso});
          }
        });
    return out;
  }

  /** score.py's matches(gold, label, iso). */
  static boolean matches(String gold, String label, String iso) {
    if (gold.startsWith("ISO:")) {
      return iso.equalsIgnoreCase(gold.substring(4));
    }
    List<String> lw = words(label);
    if (gold.startsWith("ORG:")) {
      List<String> all = words(gold.substring(4));
      List<String> g = all.stream().filter(w -> !STOP.contains(w) && w.length() > 1).toList();
      StringBuilder abbr = new StringBuilder();
      all.stream().filter(w -> !STOP.contains(w)).forEach(w -> abbr.append(w.charAt(0)));
      return (!g.isEmpty() && lw.containsAll(g.subList(0, Math.min(2, g.size()))))
          || (abbr.length() > 1 && lw.contains(abbr.toString()));
    }
    List<String> gw = words(gold);
    return !gw.isEmpty() && lw.contains(gw.get(gw.size() - 1));
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");

  /** score.py's words(): lower-case runs of word characters and apostrophes. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String cue(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Pattern> e : CUES.entrySet()) {
      if (e.getValue().matcher(s).find()) {
        return e.getKey();
      }
    }
    return "other";
  }

  private static String kinds(List<String> participants) {
    Set<String> k = new java.util.TreeSet<>();
    for (String p : participants) {
      k.add(p.startsWith("ORG:") ? "O" : p.startsWith("ISO:") ? "C" : "P");
    }
    return String.join("+", k);
  }
}
