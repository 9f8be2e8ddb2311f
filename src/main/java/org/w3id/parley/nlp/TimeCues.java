package org.w3id.parley.nlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a sentence has a word SUTime can build a time expression from ({@code time-cues.txt},
 * taken from SUTime's rules). SUTime runs about a thousand rules over every sentence it is given, a
 * few milliseconds a sentence, and most sentences of news have no such word.
 */
final class TimeCues {
  private static final String RESOURCE = "time-cues.txt";
  private static final Supplier<Pattern> CUE = Suppliers.memoize(TimeCues::load);

  private TimeCues() {}

  /** Whether one of the sentence's tokens is a cue ({@link #is}). */
  static boolean in(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (is(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token, or a part of it if it is hyphenated, is a cue. */
  static boolean is(CoreLabel token) {
    Pattern cue = CUE.get();
    String word = token.word();
    if (cue.matcher(word).matches()) {
      return true;
    }
    if (word.indexOf('-') > 0) {
      for (String part : word.split("-")) {
        if (cue.matcher(part).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Pattern load() {
    InputStream in = TimeCues.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new NlpException("missing resource " + RESOURCE + " next to " + TimeCues.class, null);
    }
    List<String> alternatives = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          alternatives.add("(?:" + line + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Pattern.compile(
        String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
