package org.w3id.parley.store;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.parley.vocab.PARLEY;

/**
 * The child JVM of {@link TextIndexCrashIT}: writes one article, then replaces its quote with the
 * same number of indexed literals. Started with {@value FullTextIndex#HALT_PROPERTY}{@code =2}, it
 * halts after TDB2 has committed the replacement and before Lucene has.
 */
public final class CrashingWrites {
  static final String ARTICLE = "https://w3id.org/parley/id/article/crash";
  static final String STATEMENT = "https://w3id.org/parley/id/statement/crash/0-9";

  private CrashingWrites() {}

  static Model article(String quote) {
    Model m = ModelFactory.createDefaultModel();
    m.createResource(ARTICLE, PARLEY.Article).addProperty(PARLEY.text, "Talks began.");
    m.createResource(STATEMENT, PARLEY.Statement).addProperty(PARLEY.quote, quote);
    return m;
  }

  public static void main(String[] args) {
    try (ParleyStore store = ParleyStore.open(Path.of(args[0]))) {
      store.replaceGraph(ARTICLE, article("the old words"));
      store.replaceGraph(ARTICLE, article("the new words"));
    }
    System.out.println("not halted");
  }
}
