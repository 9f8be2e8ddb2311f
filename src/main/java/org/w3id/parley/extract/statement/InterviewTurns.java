package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.text.Span;

/**
 * The turns of an interview as Wikinews writes them: a line opened by the speaker's name in double
 * parentheses ("((Dorsa Derakhshani)) Oh, my mom …", "((WN)) You mentioned …"), the turn running
 * over its paragraphs until the next such label. Inside a turn, "I" is the person the label names
 * ("And that's why I said “no federation is perfect”"), and in the interviewer's turn, whose label
 * names no person, "you" is the person who answers next ("You mentioned you were a TV anchor").
 * Without this, such statements keep their pronoun and no speaker.
 *
 * <pre>{@code
 * Optional<EntityRef> who = new InterviewTurns(mentions).speakerOf(words);
 * }</pre>
 */
final class InterviewTurns {
  private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*\\(\\(([^()\\n]{1,60})\\)\\)");

  /** One turn: from its label to the next label (or the end), said by the label's person. */
  private record Turn(int begin, int end, Optional<EntityRef> speaker) {}

  private final String text;
  private final List<Turn> turns = new ArrayList<>();

  InterviewTurns(Mentions mentions) {
    this.text = mentions.text();
    Matcher m = LABEL.matcher(text);
    List<int[]> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(new int[] {m.start(), m.start(1), m.end(1)});
    }
    for (int i = 0; i < labels.size(); i++) {
      int[] l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
      turns.add(new Turn(l[0], end, mentions.speakerNamed(new Span(l[1], l[2]), text)));
    }
  }

  /**
   * The person that first-person words in an interviewee's turn, or second-person words in the
   * interviewer's, stand for; empty for any other words or outside an interview.
   */
  Optional<EntityRef> speakerOf(Span words) {
    String w = words.of(text).strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      if (words.begin() < t.begin() || words.begin() >= t.end()) {
        continue;
      }
      if (w.equals("i")) {
        return t.speaker();
      }
      if (w.equals("you") && t.speaker().isEmpty() && i + 1 < turns.size()) {
        return turns.get(i + 1).speaker();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
