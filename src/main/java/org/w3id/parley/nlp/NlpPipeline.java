package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place Parley calls Stanford CoreNLP. Loading takes tens of seconds and a gigabyte of
 * heap, so a JVM holds one pipeline ({@link #shared()}); {@link #annotate} is thread-safe.
 *
 * <p>The pipeline is chosen for speed: {@code tokenize, ssplit, pos, lemma, ner} with the slim NER
 * (no fine-grained or numeric classifiers: Parley's gazetteers supply countries and cities) on
 * every sentence; then the dependency parse ({@link DependencyParses}) and SUTime for dates only in
 * the sentences a {@link ParseSelector} chooses, since the parse is half of the time and SUTime a
 * quarter, and most sentences of a news article hold no meeting or statement. Quotes and their
 * speakers are found by Parley itself on the dependency parse, so neither {@code coref} nor {@code
 * quote} is loaded (measured by CoreNLP's authors' numbers above at about a third of the
 * throughput).
 *
 * <pre>{@code
 * AnnotatedText a = NlpPipeline.shared().annotate(article.text(), article.published(), selector);
 * }</pre>
 */
public final class NlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
  private static final com.google.common.base.Supplier<NlpPipeline> SHARED =
      com.google.common.base.Suppliers.memoize(() -> new NlpPipeline(defaultProperties()));

  // Loaded on the first analysis that the annotation cache cannot answer, so an evaluation whose
  // articles are all cached never pays CoreNLP's tens of seconds of loading.
  private final com.google.common.base.Supplier<StanfordCoreNLP> corenlp;
  // The parser runs outside CoreNLP's pipeline, on the sentences a selector chooses.
  private final com.google.common.base.Supplier<DependencyParses> parser =
      com.google.common.base.Suppliers.memoize(DependencyParses::load);
  private final Sutime sutime = new Sutime();
  private final String settingsKey;
  private volatile AnnotationCache cache;

  private NlpPipeline(Properties props) {
    // The key names the full analysis (with depparse), which is what the cache keeps. A text a
    // mask changes is keyed by what CoreNLP saw as well, so a new mask needs no new tag here.
    this.settingsKey = AnnotationCache.keyOf(props) + " datelines-1 name-joints-1 brackets-1";
    Properties untilNames = new Properties();
    untilNames.putAll(props);
    untilNames.setProperty("annotators", props.getProperty("annotators").replace(",depparse", ""));
    this.corenlp = com.google.common.base.Suppliers.memoize(() -> load(untilNames));
  }

  private static StanfordCoreNLP load(Properties props) {
    long start = System.nanoTime();
    StanfordCoreNLP loaded;
    try {
      loaded = new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      throw new NlpException(
          "cannot load Stanford CoreNLP (is the models jar on the classpath?): " + e, e);
    }
    LOG.info(
        "CoreNLP pipeline loaded in {} s",
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return loaded;
  }

  /** The JVM's pipeline, loaded on first use. */
  public static NlpPipeline shared() {
    return SHARED.get();
  }

  /**
   * The CoreNLP settings of a full analysis, which also key the annotation cache. CoreNLP's
   * pipeline runs them up to {@code ner}; the parse itself runs through {@link DependencyParses} on
   * the chosen sentences, with the model {@code depparse} loads ({@code depparse.maxTime} is no
   * longer read, and stays so that cached analyses keep their key).
   */
  public static Properties defaultProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("tokenize.options", "splitHyphenated=true,invertible=true");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("depparse.maxTime", "2000");
    return props;
  }

  /**
   * Keeps every analysis this pipeline makes in a folder and reads it back for the same text and
   * date (see {@link AnnotationCache}): for evaluation runs that re-score changed extraction rules
   * over the same corpus. Not for ingest.
   */
  public void useCache(java.nio.file.Path dir) {
    this.cache = new AnnotationCache(dir, settingsKey);
  }

  /**
   * Analyses one article text, every sentence parsed: see {@link #annotate(String, LocalDate,
   * ParseSelector)}.
   */
  public AnnotatedText annotate(String text, LocalDate published) {
    return annotate(text, published, ParseSelector.ALL);
  }

  /**
   * Analyses one article text: tokens, tags, lemmas and names in every sentence, the dependency
   * parse and time expressions in the sentences the selector chooses (the rest have no dependencies
   * and no times).
   *
   * <p>With a cache ({@link #useCache}), the cached analysis is the full one, and the selection is
   * applied to it: a sentence's parse does not depend on its neighbours, so the result is the one
   * an uncached run gives, and changing the selector needs no new analyses.
   *
   * @param text the exact article text; offsets in the result point into it
   * @param published the reference date for relative time expressions
   * @param selector which sentences to parse and time
   */
  public AnnotatedText annotate(String text, LocalDate published, ParseSelector selector) {
    AnnotationCache c = cache;
    if (c == null) {
      return analyse(text, published, selector);
    }
    String parsed = masked(text);
    AnnotatedText full =
        c.get(text, published, parsed)
            .orElseGet(
                () -> c.put(text, published, parsed, analyse(text, published, ParseSelector.ALL)));
    return selector == ParseSelector.ALL ? full : restrict(full, selector);
  }

  /** A full analysis cut down to what the selector chooses. */
  static AnnotatedText restrict(AnnotatedText full, ParseSelector selector) {
    List<Sentence> shallow = new ArrayList<>();
    for (Sentence s : full.sentences()) {
      shallow.add(new Sentence(s.index(), s.tokens(), List.of()));
    }
    BitSet chosen = selector.select(full.text(), shallow);
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : full.sentences()) {
      sentences.add(chosen.get(s.index()) ? s : shallow.get(s.index()));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression t : full.times()) {
      if (chosen.get(full.sentenceAt(t.begin()).index())) {
        times.add(t);
      }
    }
    return new AnnotatedText(full.text(), sentences, times);
  }

  private AnnotatedText analyse(String text, LocalDate published, ParseSelector selector) {
    CoreDocument doc = new CoreDocument(masked(text));
    doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    List<CoreMap> timed = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    try {
      corenlp.get().annotate(doc);
      for (CoreSentence s : doc.sentences()) {
        sentences.add(new Sentence(sentences.size(), tokens(s), List.of()));
      }
      BitSet chosen = selector.select(text, sentences);
      for (int i = chosen.nextSetBit(0);
          i >= 0 && i < sentences.size();
          i = chosen.nextSetBit(i + 1)) {
        CoreMap sentence = doc.sentences().get(i).coreMap();
        parser.get().parse(sentence);
        timed.add(sentence);
        sentences.set(i, new Sentence(i, sentences.get(i).tokens(), dependencies(sentence)));
      }
    } catch (RuntimeException e) {
      throw new NlpException("CoreNLP failed: " + e, e);
    }
    return new AnnotatedText(text, sentences, sutime.find(timed, published));
  }

  /**
   * The text CoreNLP reads: the original with datelines and Reuters' brackets masked, and the
   * function words Reuters' recasing capitalised after "U.S." in small letters again.
   */
  private static String masked(String text) {
    return AbbreviationCase.mask(AngleBrackets.mask(Datelines.mask(text)));
  }

  /** The sentences of a text as CoreNLP tags and names them, before any parse (for tests). */
  List<CoreMap> tagged(String text) {
    CoreDocument doc = new CoreDocument(masked(text));
    corenlp.get().annotate(doc);
    return doc.sentences().stream().map(CoreSentence::coreMap).toList();
  }

  private static List<Token> tokens(CoreSentence s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.tokens()) {
      tokens.add(
          new Token(
              tokens.size(),
              t.beginPosition(),
              t.endPosition(),
              t.originalText(),
              t.lemma() == null
                  ? t.word().toLowerCase(java.util.Locale.ROOT)
                  : t.lemma().toLowerCase(java.util.Locale.ROOT),
              t.tag(),
              t.ner() == null ? "O" : t.ner(),
              gender(t)));
    }
    return tokens;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      graph.getRoots().forEach(r -> deps.add(new Dependency(-1, r.index() - 1, "root")));
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getGovernor().index() - 1,
                e.getDependent().index() - 1,
                e.getRelation().toString()));
      }
    }
    return deps;
  }

  /** Gender of a person's first name, from the 14,600 names CoreNLP's coreference models list. */
  private static String gender(CoreLabel t) {
    if (!"PERSON".equals(t.ner())) {
      return "";
    }
    return FirstNames.GENDERS.get().getOrDefault(t.word().toLowerCase(java.util.Locale.ROOT), "");
  }
}
