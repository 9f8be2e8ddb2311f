package org.w3id.parley.extract.meeting.repair;

import static org.w3id.parley.extract.meeting.repair.Reattachments.hasChild;
import static org.w3id.parley.extract.meeting.repair.Reattachments.headEdge;
import static org.w3id.parley.extract.meeting.repair.Reattachments.person;

import java.util.List;
import org.w3id.parley.extract.entity.RoleFinder;
import org.w3id.parley.extract.meeting.repair.Reattachments.Edits;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Repairs of whom a word or phrase refers to ({@link Reattachments}): "who" taken for the main
 * verb's subject or hung on a thing, a name set after the last of two conjuncts, a passive's "by"
 * hung on a noun in between, a name after its title's place taken for that place's, a name set off
 * by commas after its title hung elsewhere, and names listed after a plural noun hung on an earlier
 * word, and a name "X of Y" cut off from the meeting noun it modifies.
 */
final class ReferenceRepairs {
  private ReferenceRepairs() {}

  /**
   * "Frits van Horick, who is a council member of the Federation, spoke at the annual meeting": the
   * parser may make "who" the subject of the main verb (and "who is a member" a clause of its own),
   * leaving the verb an unlabelled dependent of the name. The name is the verb's subject. So it is
   * when the parser leaves "who" with no antecedent at all and hangs its clause on the name right
   * before it ("Clinton, who was speaking to the US Conference of Mayors, … told city leaders").
   * Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> relativeTakenForSubject(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency subject : edges) {
      int verb = subject.governor();
      int who = subject.dependent();
      if (!subject.relation().equals("nsubj")
          || verb < 0
          || !s.tokens().get(who).pos().matches("WP|WDT")) {
        continue;
      }
      Dependency link = headEdge(edges, verb);
      if (link == null
          || !link.relation().equals("dep")
          || link.governor() >= who
          || !s.tokens().get(link.governor()).pos().startsWith("NNP")) {
        continue;
      }
      int name = link.governor();
      boolean rightBefore =
          name == who - 1 || name == who - 2 && s.tokens().get(who - 1).text().equals(",");
      if (!hasChild(edges, who, "cop") && !(rightBefore && person(s.tokens().get(name)))) {
        continue;
      }
      out.replace(subject, new Dependency(verb, link.governor(), "nsubj"));
    }
    return out.result();
  }

  /**
   * "those of British Chancellor Nigel Lawson, who met Funaro yesterday": the parser may hang a
   * clause that "who" opens on the thing the name belongs to ("those", "the remarks"); "who" is a
   * person, so the clause is the name's when the name ends right before it. Returns the mended
   * edges, or the given ones when nothing was mended.
   */
  static List<Dependency> whoOfAThing(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency ref : edges) {
      int thing = ref.governor();
      int who = ref.dependent();
      if (!ref.relation().equals("ref")
          || thing < 0
          || !s.tokens().get(who).lemma().toLowerCase(java.util.Locale.ROOT).matches("who|whom")
          || person(s.tokens().get(thing))) {
        continue;
      }
      int name = -1;
      for (Dependency e : edges) {
        int k = e.dependent();
        if (e.governor() == thing
            && e.relation().startsWith("nmod")
            && person(s.tokens().get(k))
            && (k == who - 1 || k == who - 2 && s.tokens().get(who - 1).text().equals(","))) {
          name = k;
        }
      }
      if (name < 0) {
        continue;
      }
      out.replace(ref, new Dependency(name, who, "ref"));
      for (Dependency e : edges) {
        if (e.governor() == thing && e.relation().equals("acl:relcl")) {
          int clause = e.dependent();
          out.replace(e, new Dependency(name, clause, "acl:relcl"));
          for (Dependency x : edges) {
            if (x.governor() == clause && x.dependent() == thing) {
              out.replace(x, new Dependency(clause, name, x.relation()));
            }
          }
        }
      }
    }
    return out.result();
  }

  /**
   * "Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo, met": the
   * parser may hang a name set after the last of two conjuncts on the first; when the last is a
   * common noun (a role) and the first already a name, the name is the role's. Returns the mended
   * edges, or the given ones when nothing was mended.
   */
  static List<Dependency> nameOfTheLastConjunct(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency appos : edges) {
      int first = appos.governor();
      int name = appos.dependent();
      if (!appos.relation().equals("appos")
          || first < 0
          || !s.tokens().get(first).isProperNoun()
          || !s.tokens().get(name).ner().equals("PERSON")) {
        continue;
      }
      int last = -1;
      for (Dependency e : edges) {
        if (e.governor() == first
            && e.relation().startsWith("conj")
            && e.dependent() > last
            && e.dependent() < name) {
          last = e.dependent();
        }
      }
      if (last >= 0 && s.tokens().get(last).pos().matches("NNS?")) {
        out.replace(appos, new Dependency(last, name, "appos"));
      }
    }
    return out.result();
  }

  /**
   * "Christie was joined Monday at a town hall meeting in Hudson by Buddy Valastro": the parser may
   * hang a passive verb's "by" on the noun of a phrase in between; a person "by" a noun of the verb
   * is the verb's agent when the verb has none. Returns the mended edges, or the given ones when
   * nothing was mended.
   */
  static List<Dependency> agentOnTheNoun(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency obl : edges) {
      int verb = obl.governor();
      int noun = obl.dependent();
      if (!obl.relation().startsWith("obl:")
          || obl.relation().equals("obl:agent")
          || verb < 0
          || !s.tokens().get(verb).pos().equals("VBN")
          || !hasChild(edges, verb, "nsubj:pass")
          || hasChild(edges, verb, "obl:agent")) {
        continue;
      }
      for (Dependency by : edges) {
        if (by.governor() == noun
            && by.relation().equals("nmod:by")
            && person(s.tokens().get(by.dependent()))) {
          out.replace(by, new Dependency(verb, by.dependent(), "obl:agent"));
        }
      }
    }
    return out.result();
  }

  /**
   * "Shevardnadze met U.S. ambassador to Moscow Arthur Hartman": the parser reads the place and the
   * name as one name ("to Moscow Arthur Hartman"), hung on the verb or on the title, and leaves the
   * title without its holder. When a person's name has "to" right after a noun for people and a
   * place among its words, the place is the title's ("ambassador to Moscow") and the name the
   * title's holder. Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> nameAfterTheTitlesPlace(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency caseTo : edges) {
      int name = caseTo.governor();
      int to = caseTo.dependent();
      if (!caseTo.relation().equals("case")
          || name < 0
          || to < 1
          || !s.tokens().get(to).lemma().equalsIgnoreCase("to")
          || !s.tokens().get(name).ner().equals("PERSON")) {
        continue;
      }
      int title = to - 1;
      if (!s.tokens().get(title).pos().matches("NNS?") || !person(s.tokens().get(title))) {
        continue;
      }
      Dependency place = null;
      for (Dependency e : edges) {
        if (e.governor() == name
            && e.relation().equals("compound")
            && e.dependent() > to
            && s.tokens().get(e.dependent()).ner().equals("LOCATION")
            && (place == null || e.dependent() > place.dependent())) {
          place = e;
        }
      }
      Dependency attached = headEdge(edges, name);
      if (place == null || attached == null) {
        continue;
      }
      int where = place.dependent();
      out.replace(caseTo, new Dependency(where, to, "case"));
      out.replace(place, new Dependency(title, where, "nmod:to"));
      out.replace(attached, new Dependency(title, name, "appos"));
    }
    return out.result();
  }

  /**
   * "The United States and major trade allies West Germany, France, Britain, Japan and Canada met":
   * the parser may leave the names listed right after a plural noun hanging as bare dependents of
   * an earlier word. Names that start right after a plural noun, hung on a word before it with no
   * label, are the noun's apposition: the allies are they. Returns the mended edges, or the given
   * ones when nothing was mended.
   */
  static List<Dependency> namesAfterAPluralNoun(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    for (Dependency dep : edges) {
      int noun = dep.dependent() < 1 ? -1 : Reattachments.phraseStart(edges, dep.dependent()) - 1;
      if (!dep.relation().equals("dep")
          || noun < 0
          || dep.governor() >= noun
          || !s.tokens().get(noun).pos().equals("NNS")
          || !s.tokens().get(dep.dependent()).isProperNoun()) {
        continue;
      }
      int names = dep.dependent();
      out.replace(dep, new Dependency(noun, names, "appos"));
      // the parser's copies of the edge for each name joined to the first
      out.removeIf(
          e ->
              e.governor() == dep.governor()
                  && e.relation().equals("dep")
                  && edges.contains(new Dependency(names, e.dependent(), "conj:and")));
    }
    return out.result();
  }

  /**
   * "meetings with the Deputy U.S. Trade Representative, Michael Smith, and the Under Secretary of
   * Commerce, Bruce Smart": the parser may hang a name set off by commas right after a title on
   * another word (a second object of the verb), and the title stays without its holder. A person's
   * name right after a title and its comma, ending at a comma or the sentence's end, is the title's
   * apposition; what was coordinated with the name is coordinated with the title, in its place.
   * Returns the mended edges, or the given ones when nothing was mended.
   */
  static List<Dependency> nameAfterTheTitlesComma(Sentence s, List<Dependency> edges) {
    Edits out = new Edits(edges);
    List<Token> t = s.tokens();
    for (int title = 0; title + 2 < t.size(); title++) {
      int first = title + 2;
      if (!t.get(title + 1).text().equals(",")
          || !t.get(title).pos().startsWith("NN")
          || t.get(title).ner().equals("PERSON")
          || !(person(t.get(title)) || RoleFinder.titleEndsAt(t, title))
          || !t.get(first).ner().equals("PERSON")) {
        continue;
      }
      int last = first;
      while (last + 1 < t.size() && t.get(last + 1).ner().equals("PERSON")) {
        last++;
      }
      if (last + 1 < t.size() && !t.get(last + 1).text().matches("[,.]")) {
        continue;
      }
      Dependency attached = headEdge(edges, last);
      Dependency titleUp = headEdge(edges, title);
      if (attached == null
          || titleUp == null
          || attached.governor() < 0 // the name heads the sentence
          || attached.governor() == title
          || attached.governor() >= first && attached.governor() <= last) {
        continue;
      }
      int name = last;
      out.removeIf(e -> e.dependent() == name && e.governor() == attached.governor());
      out.add(new Dependency(title, name, "appos"));
      for (Dependency conj : edges) {
        if (conj.governor() == name && conj.relation().startsWith("conj")) {
          int other = conj.dependent();
          out.replace(conj, new Dependency(title, other, conj.relation()));
          // the parser's copy of the name's slot for its conjunct is the title's slot
          out.removeIf(e -> e.dependent() == other && e.governor() == attached.governor());
          out.add(new Dependency(titleUp.governor(), other, titleUp.relation()));
        }
      }
    }
    return out.result();
  }
}
