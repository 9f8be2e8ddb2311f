package org.w3id.parley.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.w3id.parley.ingest.Article;

/**
 * The anchor Parley's throughput is compared with: stock CoreNLP 4.5.10 with its own quote
 * annotator ({@code tokenize, ssplit, pos, lemma, ner, depparse, coref, quote}; English coref is
 * the statistical one), one thread, timed after a warm-up. It uses {@link StanfordCoreNLP}
 * directly, not Parley's {@code nlp} wrapper, so that a change to Parley's pipeline can never move
 * the anchor; that is why this package, alone besides {@code nlp}, imports CoreNLP.
 *
 * <pre>{@code
 * QuoteAnchor anchor = new QuoteAnchor();             // loads the models, about 40 s
 * AnchorRun run = anchor.measure(sample, 3);           // 3 untimed warm-up articles first
 * long tokens = QuoteAnchor.tokens(all);               // tokenizer only, for tokens/s of other runs
 * }</pre>
 */
public final class QuoteAnchor {
  /** The annotators of CoreNLP's plain quote pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static final String QUOTE_PIPELINE = "CoreNLP's quote pipeline";
  private static final String TOKENIZER = "CoreNLP's tokenizer";

  private final StanfordCoreNLP corenlp;

  /** Loads the quote pipeline with CoreNLP's stock settings. */
  public QuoteAnchor() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    // CoreNLP's default for English, spelled out so that the anchor stays put if the default moves.
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("threads", "1");
    corenlp = load(props, QUOTE_PIPELINE);
  }

  /**
   * Annotates the first {@code warmup} articles untimed (class loading, JIT), then every article of
   * {@code sample}, timed.
   */
  public AnchorRun measure(List<Article> sample, int warmup) {
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("no articles to measure");
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup < 0: " + warmup);
    }
    for (Article a : sample.subList(0, Math.min(warmup, sample.size()))) {
      annotate(corenlp, QUOTE_PIPELINE, a);
    }
    long tokens = 0;
    long start = System.nanoTime();
    for (Article a : sample) {
      tokens +=
          annotate(corenlp, QUOTE_PIPELINE, a).get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return new AnchorRun(sample.size(), tokens, System.nanoTime() - start);
  }

  /** The tokens CoreNLP's tokenizer (the quote pipeline's first step) finds in the articles. */
  public static long tokens(List<Article> articles) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = load(props, TOKENIZER);
    long tokens = 0;
    for (Article a : articles) {
      tokens +=
          annotate(tokenizer, TOKENIZER, a).get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }

  private static StanfordCoreNLP load(Properties props, String what) {
    try {
      return new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      throw new BenchException("cannot load " + what + ": " + e, e);
    }
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, String what, Article article) {
    Annotation doc = new Annotation(article.text());
    // As Parley does: SUTime resolves relative dates against the publication date.
    doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    try {
      pipeline.annotate(doc);
    } catch (RuntimeException e) {
      throw new BenchException(article.source() + ": " + what + " failed: " + e, e);
    }
    return doc;
  }
}
