package org.w3id.parley.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.ingest.ReadResult;

/**
 * news-gold's statements as gold attributions, so that {@link StatementScorer} scores them with
 * PolNeAR's rules where they apply: content by overlap; the speaker by the last word of the
 * system's speaker words or label, which must be a word of the gold speaker's name (an {@code ORG:}
 * name also answers to its initials, an {@code ISO:} code to its country's name). news-gold gives
 * no speaker span, so the span test never applies; an unnamed gold source (null) wants a speaker
 * that is words but no entity.
 *
 * <pre>{@code
 * List<GoldArticle> gold = NewsGoldStatements.gold(newsGold, newsGold.read(newsGold.withStatements()), Gazetteer.bundled());
 * }</pre>
 */
final class NewsGoldStatements {
  private static final CodePoints NO_SPAN = new CodePoints(0, 0);
  private static final int CHECKED_CHARS = 20;

  private NewsGoldStatements() {}

  /**
   * The gold statements of every article that was read, with offsets moved from the file to the
   * article text (which starts after the date line).
   */
  static List<GoldArticle> gold(NewsGold gold, ReadResult read, Gazetteer gazetteer) {
    Map<String, Article> byId = new HashMap<>();
    read.articles().forEach(a -> byId.put(a.id(), a));
    List<GoldArticle> out = new ArrayList<>();
    for (NewsGold.Item item : gold.withStatements()) {
      Article article = byId.get(item.id());
      if (article == null) {
        continue; // rejected on reading: the ingest report says why
      }
      String text = article.text();
      String file = NewsGold.text(item.source());
      int shift = file.indexOf(text);
      if (shift < 0) {
        throw new EvalException(item.source() + ": the article text is not in the file as read");
      }
      List<GoldRelation> relations = new ArrayList<>();
      for (NewsGold.Statement s : item.statements()) {
        relations.add(relation(item, s, file, shift, gazetteer));
      }
      out.add(new GoldArticle(item.id(), text, relations));
    }
    return out;
  }

  private static GoldRelation relation(
      NewsGold.Item item, NewsGold.Statement s, String file, int shift, Gazetteer gazetteer) {
    String text = file.substring(shift);
    String first = s.content().split(" … ", 2)[0];
    String start = first.substring(0, Math.min(CHECKED_CHARS, first.length()));
    boolean inFile = s.end() <= file.codePointCount(0, file.length());
    int begin = inFile ? file.offsetByCodePoints(0, s.begin()) - shift : -1;
    int end = inFile ? file.offsetByCodePoints(0, s.end()) - shift : -1;
    if (begin < 0 || !text.startsWith(start, begin)) {
      throw new EvalException(
          gold(item)
              + ": statement '"
              + start
              + "…' is not at offsets "
              + s.begin()
              + "-"
              + s.end()
              + " of "
              + item.source());
    }
    return new GoldRelation(
        NO_SPAN,
        CodePoints.fromJava(text, begin, end),
        s.speaker().map(name -> speakerWords(name, gazetteer)).orElse(""),
        s.content(),
        s.direct());
  }

  /** The words a system speaker may be matched against. */
  static String speakerWords(String speaker, Gazetteer gazetteer) {
    if (speaker.startsWith("ISO:")) {
      String iso = speaker.substring(4);
      return gazetteer.byIso2(iso).map(c -> c.name() + " " + iso).orElse(iso);
    }
    if (speaker.startsWith("ORG:")) {
      String name = speaker.substring(4);
      return name + " " + initials(name);
    }
    return speaker;
  }

  /** "Recording Industry Association of America" gives "RIAA". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.length() > 1 ? sb.toString() : "";
  }

  private static String gold(NewsGold.Item item) {
    return "news-gold article " + item.id();
  }
}
