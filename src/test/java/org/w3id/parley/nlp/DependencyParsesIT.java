package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Parley runs CoreNLP's dependency parser itself, on chosen sentences, building one graph: that
 * graph is the enhanced++ graph CoreNLP's own {@code depparse} annotator makes of the sentence.
 */
class DependencyParsesIT {
  @Test
  void theGraphIsTheOneCoreNlpsDepparseAnnotatorMakes() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    CoreDocument doc =
        new CoreDocument(
            "Lavrov met Aliyev in Baku on Tuesday, and the two ministers said talks went well. "
                + "\"We agreed on nothing,\" a spokesman for the ministry told reporters.");
    new StanfordCoreNLP(props).annotate(doc);
    DependencyParses parses = DependencyParses.load();
    assertEquals(2, doc.sentences().size());
    for (CoreSentence s : doc.sentences()) {
      SemanticGraph theirs =
          s.coreMap()
              .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      s.coreMap().remove(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      parses.parse(s.coreMap());
      SemanticGraph ours =
          s.coreMap()
              .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      assertFalse(theirs.edgeListSorted().isEmpty());
      assertEquals(theirs.toList(), ours.toList(), s.text());
    }
  }
}
