package org.w3id.parley.extract.meeting.repair;

import static org.w3id.parley.extract.meeting.repair.ClauseRepairs.onlyAuxiliariesBetween;
import static org.w3id.parley.extract.meeting.repair.ClauseRepairs.phraseEnd;
import static org.w3id.parley.extract.meeting.repair.Reattachments.firstOf;
import static org.w3id.parley.extract.meeting.repair.Reattachments.hasChild;
import static org.w3id.parley.extract.meeting.repair.Reattachments.headEdge;
import static org.w3id.parley.extract.meeting.repair.Reattachments.phraseStart;
import static org.w3id.parley.extract.meeting.repair.Reattachments.within;

import java.util.List;
import java.util.Set;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.repair.Reattachments.Edits;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;

/**
 * Repairs of how the parser hangs what is told or reported ({@link Reattachments}): a phrase before
 * a trailing source, whom one tells without "that" (hung inside what is told, or read as a modifier
 * of its first noun), and a reporting clause taken for the subject of what it reports.
 */
final class ReportRepairs {
  private ReportRepairs() {}

  /**
   * "Trump spoke by telephone with Abe, the White House said": the parser hangs the phrase before a
   * source set after the clause ("…, the White House said") on the source's verb; a phrase between
   * the clause's verb and the source's subject is the clause's. Returns the mended edges, or the
   * given ones when nothing was mended.
   */
  static List<Dependency> phraseBeforeTheSource(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency link : edges) {
      int clause = link.governor();
      int source = link.dependent();
      if (!link.relation().startsWith("parataxis")
          || clause < 0
          || source < clause
          || !s.tokens().get(source).pos().startsWith("VB")) {
        continue;
      }
      int subject = Integer.MAX_VALUE;
      for (Dependency e : edges) {
        if (e.governor() == source && e.relation().startsWith("nsubj")) {
          subject = Math.min(subject, firstOf(edges, e.dependent()));
        }
      }
      if (subject == Integer.MAX_VALUE || subject > source) {
        continue;
      }
      for (Dependency e : edges) {
        if (e.governor() == source
            && e.relation().startsWith("obl")
            && e.dependent() > clause
            && e.dependent() < subject) {
          out.replace(e, new Dependency(clause, e.dependent(), e.relation()));
        }
      }
    }
    return out.result();
  }

  /**
   * "Ortner told an Export-Import Bank conference the yen is still undervalued": without "that",
   * the parser may hang whom one tells inside what one tells them (an unlabelled dependent of the
   * clause). A noun phrase right after a verb that has a clause and no object of its own is the
   * verb's object. Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> toldWithoutThat(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency link : edges) {
      int verb = link.governor();
      int clause = link.dependent();
      if (!link.relation().equals("ccomp")
          || verb < 0
          || clause <= verb
          || !s.tokens().get(verb).pos().startsWith("VB")
          || hasChild(edges, verb, "obj|iobj|nsubj:pass")) {
        continue;
      }
      for (Dependency e : edges) {
        int noun = e.dependent();
        if (!e.relation().equals("dep")
            || !within(edges, e.governor(), clause)
            || !s.tokens().get(noun).pos().startsWith("NN")
            || noun >= clause
            || phraseStart(edges, noun) != verb + 1) {
          continue;
        }
        out.replace(e, new Dependency(verb, noun, "obj"));
      }
    }
    return out.result();
  }

  /**
   * Verbs that take whom they tell and then a clause of what they tell them (marked "clause" in
   * {@code addressing-verbs.tsv}).
   */
  private static final Set<String> TELLING =
      WordList.ofKind(MeetingWords.class, "addressing-verbs.tsv", "clause");

  /**
   * "Dassler told the annual shareholders' meeting turnover was expected to fall": without "that",
   * the parser may read the gathering told as a modifier of the next noun ("meeting turnover"), the
   * verb's object, and leave the clause told without a subject. A gathering noun (a meeting word)
   * right before the object of a verb of telling that has a subjectless clause after it is the one
   * told, and the object is the clause's subject. Returns the mended edges, or the given ones when
   * nothing was mended.
   */
  static List<Dependency> gatheringTakenForModifier(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency obj : edges) {
      int verb = obj.governor();
      int noun = obj.dependent();
      if (!obj.relation().equals("obj")
          || verb < 0
          || !TELLING.contains(s.tokens().get(verb).lemma())
          || !s.tokens().get(noun).pos().startsWith("NN")
          || s.tokens().get(noun).isProperNoun()) {
        continue;
      }
      // the gathering and, after it, the words of the clause's subject, all modifiers of the
      // object ("the annual meeting parent company turnover")
      int gathering = noun - 1;
      while (gathering > verb
          && edges.contains(new Dependency(noun, gathering, "compound"))
          && MeetingWords.trigger(s.tokens().get(gathering)).filter(w -> !w.verb()).isEmpty()) {
        gathering--;
      }
      Dependency modifier = new Dependency(noun, gathering, "compound");
      if (gathering <= verb
          || !edges.contains(modifier)
          || MeetingWords.trigger(s.tokens().get(gathering)).filter(w -> !w.verb()).isEmpty()) {
        continue;
      }
      Dependency told = null;
      for (Dependency e : edges) {
        if (e.governor() == verb
            && e.relation().matches("xcomp|ccomp")
            && e.dependent() > noun
            && !hasChild(edges, e.dependent(), "nsubj|nsubj:pass|csubj")) {
          told = e;
          break;
        }
      }
      if (told == null) {
        continue;
      }
      int clause = told.dependent();
      out.replace(obj, new Dependency(verb, gathering, "obj"));
      out.removeIf(e -> e.equals(modifier));
      for (Dependency e : edges) {
        if (e.governor() == noun && e.dependent() < gathering) {
          out.replace(e, new Dependency(gathering, e.dependent(), e.relation()));
        }
      }
      out.replace(told, new Dependency(verb, clause, "ccomp"));
      boolean passive = hasChild(edges, clause, "aux:pass");
      out.add(new Dependency(clause, noun, passive ? "nsubj:pass" : "nsubj"));
    }
    return out.result();
  }

  /**
   * "Miller noted Secretary Schultz is scheduled to meet next month with …": without "that", the
   * parser may take the reporting clause for the subject of the reported one ("noted Schultz" the
   * subject of "is scheduled") and the reported clause's subject for the reporting verb's object. A
   * clause subject before a verb that has no subject of its own is the verb's reporting clause, and
   * the noun the reporting verb takes right before the reported verb is its subject. Returns the
   * mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> reportTakenForSubject(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency link : edges) {
      int reported = link.governor();
      int reporting = link.dependent();
      if (!link.relation().matches("csubj(:pass)?")
          || reported < 0
          || reporting >= reported
          || !s.tokens().get(reporting).pos().matches("VB[DPZ]")
          || !hasChild(edges, reporting, "nsubj")
          || hasChild(edges, reported, "nsubj(:pass)?")) {
        continue;
      }
      for (Dependency obj : edges) {
        int noun = obj.dependent();
        if (obj.governor() != reporting
            || !obj.relation().equals("obj")
            || noun >= reported
            || !s.tokens().get(noun).pos().startsWith("NN")
            // "said officials of the Japanese Ministry … would hold": the noun's whole phrase
            || !onlyAuxiliariesBetween(edges, phraseEnd(edges, noun, reported), reported)) {
          continue;
        }
        String subject = link.relation().equals("csubj:pass") ? "nsubj:pass" : "nsubj";
        out.replace(obj, new Dependency(reported, noun, subject));
        out.replace(link, new Dependency(reporting, reported, "ccomp"));
        for (Dependency x : edges) {
          if (x.governor() == reported && x.relation().equals("xcomp")) {
            // "is scheduled to meet": the subject controls the complement, as the parser marks
            out.add(new Dependency(x.dependent(), noun, "nsubj:xsubj"));
          }
        }
        Dependency root = headEdge(edges, reported);
        if (root != null && root.relation().equals("root")) {
          out.replace(root, new Dependency(root.governor(), reporting, "root"));
        }
        break;
      }
    }
    return out.result();
  }
}
