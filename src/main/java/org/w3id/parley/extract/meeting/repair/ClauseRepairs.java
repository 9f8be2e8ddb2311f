package org.w3id.parley.extract.meeting.repair;

import static org.w3id.parley.extract.meeting.repair.Reattachments.firstOf;
import static org.w3id.parley.extract.meeting.repair.Reattachments.hasChild;
import static org.w3id.parley.extract.meeting.repair.Reattachments.hasMarkTo;
import static org.w3id.parley.extract.meeting.repair.Reattachments.headEdge;
import static org.w3id.parley.extract.meeting.repair.Reattachments.phraseStart;
import static org.w3id.parley.extract.meeting.repair.Reattachments.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.meeting.repair.Reattachments.Edits;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;

/**
 * Repairs of where the parser hangs a clause or phrase ({@link Reattachments}): a purpose clause
 * read as an absolute one ("met with Weber to discuss"), a name taken for a purpose clause's
 * subject, a "during" phrase on the object, a subject taken for the root or hung in a time phrase,
 * and who does what a journey is for. What is told and reported is mended in {@link ReportRepairs}.
 */
final class ClauseRepairs {
  private ClauseRepairs() {}

  /**
   * "met with Weber to discuss the budget", read as an absolute clause: Weber is the verb's "with"
   * phrase. Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> withBeforePurpose(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency mark : edges) {
      if (!mark.relation().equals("mark")
          || !s.tokens().get(mark.dependent()).lemma().equalsIgnoreCase("with")) {
        continue;
      }
      int clause = mark.governor();
      int with = mark.dependent();
      Dependency link = headEdge(edges, clause);
      if (link == null
          || !link.relation().startsWith("advcl")
          || link.governor() != with - 1
          || !s.tokens().get(link.governor()).pos().startsWith("VB")) {
        continue;
      }
      List<Integer> subjects = new ArrayList<>();
      for (Dependency e : edges) {
        if (e.governor() == clause && e.relation().equals("nsubj") && e.dependent() > with) {
          subjects.add(e.dependent());
        }
      }
      if (subjects.isEmpty()) {
        continue;
      }
      int verb = link.governor();
      Set<Integer> moved = new HashSet<>(subjects);
      out.removeIf(
          e ->
              e.equals(mark)
                  || e.governor() == clause
                      && e.relation().equals("nsubj")
                      && moved.contains(e.dependent()));
      out.add(new Dependency(subjects.get(0), with, "case"));
      for (int k : subjects) {
        out.add(new Dependency(verb, k, "obl:with"));
      }
    }
    return out.result();
  }

  /**
   * "met with the shareholder group Colonial Holders Committee to consider a settlement": the
   * parser makes the name right after a common noun the subject of the purpose clause that follows
   * it (an "acl" of the noun, marked "to"); the name is the noun's apposition, and the clause has
   * no subject of its own. Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> namedBeforePurpose(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency acl : edges) {
      int noun = acl.governor();
      int clause = acl.dependent();
      if (!acl.relation().startsWith("acl")
          || acl.relation().startsWith("acl:relcl")
          || noun < 0
          || !s.tokens().get(noun).pos().matches("NNS?")
          || !hasMarkTo(s, edges, clause)) {
        continue;
      }
      for (Dependency subject : edges) {
        int name = subject.dependent();
        if (subject.governor() != clause
            || !subject.relation().equals("nsubj")
            || !s.tokens().get(name).pos().startsWith("NNP")
            || firstOf(edges, name) != noun + 1) {
          continue;
        }
        out.replace(subject, new Dependency(noun, name, "appos"));
      }
    }
    return out.result();
  }

  /**
   * "pledged to deepen ties during talks in Tokyo": a "during" phrase dates the clause, but the
   * parser often hangs it on the verb's object; it is the verb's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  static List<Dependency> duringOnTheClause(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency e : edges) {
      if (!e.relation().equals("nmod:during")) {
        continue;
      }
      Dependency link = headEdge(edges, e.governor());
      if (link == null || !link.relation().equals("obj")) {
        continue;
      }
      out.replace(e, new Dependency(link.governor(), e.dependent(), "obl:during"));
    }
    return out.result();
  }

  /**
   * "Stoltenberg is due to attend a Bundesbank meeting", "Van Horick, who is a council member of
   * the federation, was speaking at the end of its annual meeting": the parser may make the subject
   * the sentence's root and hang the main verb on it, bare or as a relative clause whose object the
   * subject becomes. A verb hung so on a root noun, right after it or after its own relative
   * clause, with no subject of its own, is the main verb and the noun its subject. Returns the
   * mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> subjectTakenForTheRoot(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency root : edges) {
      int noun = root.dependent();
      if (!root.relation().equals("root")
          || !s.tokens().get(noun).pos().startsWith("NN")
          // "It was Obama's rejection …, as the speaker …, that dazzled": a predicate noun
          || hasChild(edges, noun, "cop|nsubj.*")) {
        continue;
      }
      for (Dependency hung : edges) {
        int verb = hung.dependent();
        if (hung.governor() != noun
            || verb <= noun
            || !s.tokens().get(verb).pos().startsWith("VB")
            || hasChild(edges, verb, "nsubj(:pass)?")) {
          continue;
        }
        Dependency object = new Dependency(verb, noun, "obj");
        boolean bare = hung.relation().equals("dep");
        if (!bare && !(hung.relation().equals("acl:relcl") && edges.contains(object))) {
          continue;
        }
        out.replace(root, new Dependency(-1, verb, "root"));
        out.replace(hung, new Dependency(verb, noun, "nsubj"));
        if (!bare) {
          out.removeIf(object::equals);
        }
        break;
      }
    }
    return out.result();
  }

  /** Month and weekday names, which NER does not always tag as a date ("In March Minister …"). */
  private static final java.util.regex.Pattern TIME_WORD =
      java.util.regex.Pattern.compile(
          "(?i)(jan|febr)uary|march|april|may|june|july|august|(sept|nov|dec)ember|october"
              + "|(mon|tues|wednes|thurs|fri|satur|sun)day");

  /**
   * "In March Finance Minister Kiichi Miyazawa will meet …", "that on Thursday and Friday Deputy
   * Trade Representative Michael Smith would meet …": the parser may read a time phrase before the
   * subject and the subject as one phrase, the name its head and the time word a modifier of it,
   * and leave the verb with no subject. A person's or organisation's name in a time phrase (or
   * joined to one) of a verb that has no subject, with only the verb's auxiliaries between it and
   * the verb, is the subject; the time word heads the time phrase again. Returns the mended edges,
   * or the given ones when nothing was mended.
   */
  static List<Dependency> subjectInATimePhrase(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency link : edges) {
      int name = link.dependent();
      int verb = link.relation().startsWith("obl:") ? link.governor() : -1;
      if (link.relation().startsWith("conj:")) {
        Dependency up = headEdge(edges, link.governor());
        verb = up != null && up.relation().startsWith("obl:") ? up.governor() : -1;
      }
      if (verb < 0
          || name >= verb
          || !s.tokens().get(verb).pos().startsWith("VB")
          || !s.tokens().get(name).ner().matches("PERSON|ORGANIZATION")
          || hasChild(edges, verb, "nsubj(:pass)?")
          || !onlyAuxiliariesBetween(edges, name, verb)) {
        continue;
      }
      Dependency time = timeModifier(s, edges, name);
      if (time == null) {
        continue;
      }
      int when = time.dependent();
      // the time word takes the name's place in the time phrase, with its preposition or "and"
      for (Dependency e : edges) {
        if (e.dependent() == name && e.relation().matches("(obl|conj):.*")) {
          out.replace(e, new Dependency(e.governor(), when, e.relation()));
        } else if (e.governor() == name
            && e.relation().matches("case|cc")
            && e.dependent() < when) {
          out.replace(e, new Dependency(when, e.dependent(), e.relation()));
        }
      }
      out.removeIf(time::equals);
      out.add(new Dependency(verb, name, "nsubj"));
      break;
    }
    return out.result();
  }

  /** The compound edge, under a name or its title, that hangs a time word on it. */
  private static Dependency timeModifier(Sentence s, List<Dependency> edges, int name) {
    for (Dependency e : edges) {
      if (!e.relation().equals("compound") || e.dependent() >= name) {
        continue;
      }
      boolean under = e.governor() == name || within(edges, e.governor(), name);
      org.w3id.parley.nlp.Token t = s.tokens().get(e.dependent());
      if (under
          && e.dependent() == phraseStart(edges, e.governor())
          && (t.ner().matches("DATE|TIME") || TIME_WORD.matcher(t.text()).matches())) {
        return e;
      }
    }
    return null;
  }

  /** The last token of the phrase a noun heads, short of the given token. */
  static int phraseEnd(List<Dependency> edges, int noun, int limit) {
    int end = noun;
    for (Dependency e : edges) {
      if (e.governor() == noun && e.dependent() > end && e.dependent() < limit) {
        end = Math.max(end, phraseEnd(edges, e.dependent(), limit));
      }
    }
    return end;
  }

  /** Whether every token between the noun and the verb is one of the verb's auxiliaries. */
  static boolean onlyAuxiliariesBetween(List<Dependency> edges, int noun, int verb) {
    for (int k = noun + 1; k < verb; k++) {
      if (!edges.contains(new Dependency(verb, k, "aux"))
          && !edges.contains(new Dependency(verb, k, "aux:pass"))
          && !edges.contains(new Dependency(verb, k, "cop"))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of going somewhere, whose object is a place and never who does their purpose. */
  private static final Set<String> GOING =
      Set.of("visit", "travel", "fly", "go", "come", "return", "head", "tour");

  /**
   * "Obama visited Kyiv to meet Zelensky": the parser reads the purpose as controlled by the
   * object, as after "persuaded Kyiv to"; the one who goes does what the going is for. Returns the
   * mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> travellerControlsPurpose(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency control : edges) {
      int purpose = control.governor();
      int object = control.dependent();
      Dependency link = headEdge(edges, purpose);
      if (!control.relation().equals("nsubj:xsubj")
          || link == null
          || !link.relation().equals("xcomp")
          || !GOING.contains(
              s.tokens().get(link.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
          || !edges.contains(new Dependency(link.governor(), object, "obj"))) {
        continue;
      }
      List<Integer> goers = new ArrayList<>();
      for (Dependency e : edges) {
        if (e.governor() == link.governor() && e.relation().equals("nsubj")) {
          goers.add(e.dependent());
        }
      }
      if (goers.isEmpty()) {
        continue;
      }
      out.replace(
          control,
          goers.stream()
              .map(g -> new Dependency(purpose, g, "nsubj:xsubj"))
              .toArray(Dependency[]::new));
    }
    return out.result();
  }
}
