package org.w3id.parley.extract.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Sentence;

/** Statements in transcripts: "PENCE: Well, look, …". */
final class Transcripts {
  private static final Pattern TRANSCRIPT =
      Pattern.compile(
          "(?m)^[ \\t\"“]*((?:[A-Z][\\p{L}.'’-]*)(?: [A-Z][\\p{L}.'’-]*){0,3}):[ \\t]+(\\S[^\\n]*\\S)");
  private static final Pattern ALL_CAPS = Pattern.compile("[A-Z]{3,}( [A-Z]{2,})?");

  private Transcripts() {}

  /**
   * Transcript lines, "PENCE: Well, look, …": a paragraph opened by a person's name and a colon is
   * that person's words, when the name is a person the article knows.
   */
  static List<Statement> find(Mentions mentions, LocalDate published) {
    String text = mentions.text();
    List<Statement> out = new ArrayList<>();
    Matcher m = TRANSCRIPT.matcher(text);
    while (m.find()) {
      Span name = new Span(m.start(1), m.end(1));
      Optional<EntityRef> speaker = mentions.speakerNamed(name, text);
      Span content = new Span(m.start(2), m.end(2));
      boolean caps = ALL_CAPS.matcher(name.of(text)).matches(); // "WALLACE:" in a transcript
      if ((speaker.isEmpty() && !caps)
          || QuoteFinder.words(text, content) < StatementExtractor.MIN_QUOTE_WORDS) {
        continue;
      }
      Span sentence = new Span(m.start(1), m.end(2));
      out.add(
          new Statement(
              speaker,
              content.of(text),
              true,
              Optional.of(published),
              Set.of(),
              Set.of(),
              new Evidence(content, sentence),
              Optional.of(new Evidence(name, sentenceAround(mentions, name)))));
    }
    return out;
  }

  /**
   * The parser's sentence around a name: the name may also be an entity mention, and one mention
   * has one sentence.
   */
  private static Span sentenceAround(Mentions mentions, Span name) {
    Sentence s = mentions.annotated().sentenceAt(name.begin());
    return new Span(s.begin(), s.end());
  }
}
