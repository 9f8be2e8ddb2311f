package org.w3id.parley.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser (the model {@code depparse} loads) applied to one sentence at
 * a time, making only the enhanced++ graph Parley reads. CoreNLP's {@code depparse} annotator
 * parses every sentence and builds five graphs from each parse (basic, collapsed, CC-processed,
 * enhanced, enhanced++); the four unused ones cost a seventh of the parse. The parser is shared by
 * all threads, as the annotator's is.
 */
final class DependencyParses {
  private final DependencyParser parser;

  private DependencyParses(DependencyParser parser) {
    this.parser = parser;
  }

  static DependencyParses load() {
    return new DependencyParses(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL));
  }

  /** Parses a tagged sentence and stores its enhanced++ dependencies on it. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            gs,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }
}
