package org.w3id.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names a person or a group of people ("customers", "shareholder",
 * "creditors") rather than a thing ("notice", "plan"): the animate nouns of CoreNLP's coreference
 * dictionaries (Bergsma and Lin's list, shipped in the models jar), loaded once.
 */
public final class Animacy {
  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  private static final Set<String> ANIMATE = load();

  private Animacy() {}

  /** Whether the token's word or lemma is an animate noun. */
  public static boolean animate(Token t) {
    return t.pos().startsWith("NN")
        && (ANIMATE.contains(t.text().toLowerCase(Locale.ROOT))
            || ANIMATE.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = Animacy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new NlpException(
            RESOURCE + " not found: the CoreNLP models jar is not on the class path", null);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
