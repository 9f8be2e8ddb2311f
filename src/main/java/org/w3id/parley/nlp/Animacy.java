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

  /**
   * Whether the token's word or lemma is an animate noun. The list holds common nouns in lower case
   * and names capitalised: a common noun matches only the former ("chance" is no person, though
   * "Chance" is a name).
   */
  public static boolean animate(Token t) {
    if (!t.pos().startsWith("NN")) {
      return false;
    }
    String word = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (ANIMATE.contains(word) || ANIMATE.contains(lemma)) {
      return true;
    }
    return t.pos().startsWith("NNP")
        && (ANIMATE.contains(t.text()) || ANIMATE.contains(cap(lemma)));
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
