package org.w3id.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's Wikipedia anchor-text dictionary (in the models-english-kbp jar): lines of {@code
 * anchor TAB title TAB probability}, where probability is how often that anchor text links to that
 * article.
 */
public final class WikiDictSource {
  private static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  private WikiDictSource() {}

  /** The uncompressed dictionary, or an exception saying which jar is missing. */
  public static InputStream open() throws IOException {
    InputStream in = WikiDictSource.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException(
          RESOURCE
              + " is not on the classpath; it ships in stanford-corenlp's models-english-kbp jar");
    }
    return new GZIPInputStream(in, 1 << 16);
  }
}
