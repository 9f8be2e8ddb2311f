package org.w3id.parley.nlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names and their usual gender, from the name list in CoreNLP's models jar (the one its
 * coreference system uses), so that "she" does not resolve to a Donald.
 */
final class FirstNames {
  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** Lower-case first name to "male" or "female". */
  static final Supplier<Map<String, String>> GENDERS = Suppliers.memoize(FirstNames::load);

  private FirstNames() {}

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return out; // an older models jar: pronouns then resolve without gender
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t");
        if (parts.length == 2) {
          out.put(parts[0].toLowerCase(Locale.ROOT), parts[1].toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
