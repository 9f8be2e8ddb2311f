package org.w3id.parley.extract.meeting.repair;

import static org.w3id.parley.extract.meeting.repair.Reattachments.hasChild;
import static org.w3id.parley.extract.meeting.repair.Reattachments.headEdge;
import static org.w3id.parley.extract.meeting.repair.Reattachments.within;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.repair.Reattachments.Edits;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Repairs at the end of a phrase ({@link Reattachments}): the word right after a name, a relative
 * clause or a topic, which the parser hangs inside it or cuts off from it. A name "X of Y" cannot
 * be the compound of the meeting noun after it, a verb after a "who" clause is taken into the
 * clause, and a "with" phrase after a meeting's topic is hung on the topic.
 */
final class BoundaryRepairs {
  private BoundaryRepairs() {}

  /**
   * "after the Association of Tin Producing Countries meeting April 14", "the Organization of
   * American States meeting will be held": a name of the form "X of Y" ends before the meeting noun
   * it modifies, so the parser cannot make it the noun's compound; it makes the name the noun's
   * subject, a second subject beside it, or the noun a bare dependent of the name. A meeting noun
   * right after the last word of an organisation's name (NER) that is not otherwise under the name
   * is modified by it: the name becomes its compound, and the noun takes the name's place in the
   * clause. Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> nameOfXBeforeItsMeeting(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    List<Token> tokens = s.tokens();
    for (int noun = 2; noun < tokens.size(); noun++) {
      Token t = tokens.get(noun);
      if (!t.pos().startsWith("NN")
          || t.isProperNoun()
          || !t.ner().equals("O")
          || !tokens.get(noun - 1).ner().equals("ORGANIZATION")
          || MeetingWords.trigger(t).filter(w -> !w.verb()).isEmpty()) {
        continue;
      }
      int first = noun - 1;
      while (first > 0 && tokens.get(first - 1).ner().equals("ORGANIZATION")) {
        first--;
      }
      // the name's head: its one word hung on something outside it
      List<Integer> heads = new ArrayList<>();
      for (int k = first; k < noun; k++) {
        Dependency up = headEdge(edges, k);
        if (up == null || up.governor() < first || up.governor() >= noun) {
          heads.add(k);
        }
      }
      if (heads.size() != 1 || heads.get(0) == noun - 1) {
        continue; // one word, or one the noun already hangs its name on ("the ICO meeting")
      }
      int name = heads.get(0);
      Dependency nameUp = headEdge(edges, name);
      Dependency nounUp = headEdge(edges, noun);
      if (nameUp != null && nameUp.governor() == noun) {
        out.replace(nameUp, new Dependency(noun, name, "compound")); // "X of Y meeting April 14"
      } else if (nounUp != null && nounUp.governor() == name && nameUp != null) {
        // "the X of Y meeting will be held": the noun hung on the name
        out.replace(nounUp, new Dependency(noun, name, "compound"));
        out.replace(nameUp, new Dependency(nameUp.governor(), noun, nameUp.relation()));
      } else if (nounUp != null
          && nameUp != null
          && nounUp.governor() == nameUp.governor()
          && nounUp.relation().equals(nameUp.relation())) {
        out.replace(nameUp, new Dependency(noun, name, "compound")); // two subjects of one verb
      }
    }
    return out.result();
  }

  /**
   * "Fernandez and senior deputy governor Gabriel Singson, who is in Manila, conferred on the
   * telephone": the parser may hang the verb after a relative clause inside that clause (an
   * unlabelled or adjectival dependent of its last word), leaving it with no subject. A finite verb
   * with no subject, right after the comma that closes a relative clause on a name, and hung inside
   * that clause, has the name for its subject. Returns the mended edges, or the given ones when
   * nothing was mended.
   */
  static List<Dependency> verbAfterTheRelativeClause(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency relcl : edges) {
      int name = relcl.governor();
      int clause = relcl.dependent();
      if (!relcl.relation().equals("acl:relcl") || name < 0 || clause < name) {
        continue;
      }
      // the clause's last word before a comma, then the verb
      int verb = -1;
      for (int k = clause + 1; k + 1 < s.tokens().size(); k++) {
        if (s.tokens().get(k).text().equals(",")) {
          verb = k + 1;
          break;
        }
        if (!within(edges, k, clause)) {
          break;
        }
      }
      if (verb < 0
          || !s.tokens().get(verb).pos().matches("VBD|VBZ|VBP")
          || !s.tokens().get(name).isProperNoun()
          || hasChild(edges, verb, "nsubj.*")
          || !within(edges, verb, clause)) {
        continue;
      }
      out.add(new Dependency(verb, name, "nsubj"));
    }
    return out.result();
  }

  /** How a meeting word hangs what it is about: "talks about the budget", "a meeting on trade". */
  private static final String TOPIC = "(nmod|obl):(about|on|over|regarding|concerning)";

  /**
   * "had conversations about the budget problem with Senator Pete Domenici", "talked about the
   * deficit with Kraus": the parser hangs a "with" or "between" phrase after the topic of a meeting
   * word on the topic's last noun. A name there (a person, an organisation, a place for its
   * country) is the meeting word's counterpart, as a topic has no "with" of its own to meet.
   * Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> withAfterTheTopic(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency topic : edges) {
      int trigger = topic.governor();
      int about = topic.dependent();
      if (trigger < 0
          || !topic.relation().matches(TOPIC)
          || MeetingWords.trigger(s.tokens().get(trigger)).isEmpty()) {
        continue;
      }
      String own = s.tokens().get(trigger).pos().startsWith("VB") ? "obl:" : "nmod:";
      for (Dependency with : edges) {
        if (with.governor() != about
            || !with.relation().matches("nmod:(with|between)")
            || with.dependent() < about
            || !named(s.tokens().get(with.dependent()))
            || quoteBetween(s, trigger, with.dependent())) {
          continue; // "appear on 'The Late Show with Stephen Colbert'": a title's own words
        }
        String prep = with.relation().substring("nmod:".length());
        out.replace(with, new Dependency(trigger, with.dependent(), own + prep));
      }
    }
    return out.result();
  }

  /** Whether a quotation mark stands between two tokens. */
  private static boolean quoteBetween(Sentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (s.tokens().get(k).pos().matches("``|''")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is part of a name NER found: a person, an organisation or a place. */
  private static boolean named(Token t) {
    return t.ner().matches("PERSON|ORGANIZATION|LOCATION");
  }
}
