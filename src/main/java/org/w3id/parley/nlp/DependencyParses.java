package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser (the model {@code depparse} loads) applied to one sentence at
 * a time, making only the enhanced++ graph Parley reads. CoreNLP's {@code depparse} annotator
 * parses every sentence and builds five graphs from each parse (basic, collapsed, CC-processed,
 * enhanced, enhanced++); the four unused ones cost a seventh of the parse. The parser is shared by
 * all threads, as the annotator's is.
 */
final class DependencyParses {
  private static final Set<String> NAMES = Set.of("ORGANIZATION", "LOCATION");

  private final DependencyParser parser;

  private DependencyParses(DependencyParser parser) {
    this.parser = parser;
  }

  static DependencyParses load() {
    return new DependencyParses(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL));
  }

  /**
   * Parses a tagged sentence and stores its enhanced++ dependencies on it. A conjunction inside a
   * name NER found ("the Federal Savings and Loan Insurance Corp", "Trinidad and Tobago") is parsed
   * as a word of the name: read as a conjunction, it splits the name into two conjuncts and
   * scatters what governs it ("in talks with the Federal Savings and Loan …" lost its "with").
   */
  void parse(CoreMap sentence) {
    List<CoreLabel> joints = nameJoints(sentence.get(CoreAnnotations.TokensAnnotation.class));
    joints.forEach(t -> t.setTag("NNP"));
    GrammaticalStructure gs;
    try {
      gs = parser.predict(sentence);
    } finally {
      joints.forEach(t -> t.setTag("CC"));
    }
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            gs,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }

  /**
   * Conjunctions ("and", "&") tagged, like the words on both sides, as one organisation or place.
   */
  static List<CoreLabel> nameJoints(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String ner = t.ner();
      if ("CC".equals(t.tag())
          && ner != null
          && NAMES.contains(ner)
          && ner.equals(tokens.get(i - 1).ner())
          && ner.equals(tokens.get(i + 1).ner())) {
        out.add(t);
      }
    }
    return out;
  }
}
