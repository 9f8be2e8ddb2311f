package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Set;
import org.w3id.parley.nlp.Token;

/**
 * Where NER cut a name short or tagged it as something else, the run a name really spans, read from
 * the tokens around it: a company's first word NER left out ("Mark IV Industries Inc"), a person's
 * name that goes on past a particle ("Miguel de la Madrid"), a name after a title that NER took for
 * a nationality ("counterpart Han Min-koo"). {@link MentionFinder} asks while it reads NER's runs.
 */
final class NameRuns {
  private NameRuns() {}

  /**
   * Where a company's name begins when NER left its first word out: "Mark IV Industries Inc" tagged
   * an organisation from "IV" on. A capitalised proper noun NER tagged nothing, right before a name
   * with a legal form, is the name's first word unless it is a title or an honorific.
   */
  static int companyStart(List<Token> t, boolean[] used, int first, int last) {
    String name = t.get(first).text();
    for (int k = first + 1; k <= last; k++) {
      name += " " + t.get(k).text();
    }
    int before = first - 1;
    if (before < 0
        || used[before]
        || !OrgNames.hasLegalSuffix(name)
        || !t.get(before).ner().equals("O")
        || !t.get(before).pos().equals("NNP")
        || !MentionFinder.startsUpper(t.get(before).text())
        || Honorifics.is(t.get(before).text())
        || RoleWords.isRole(t.get(before).text().toLowerCase(java.util.Locale.ROOT))) {
      return first;
    }
    return before;
  }

  /**
   * Whether a run NER tagged MISC is a person's name because a title or "counterpart" comes right
   * before it: "his South Korean counterpart Han Min-koo", which NER took for a nationality.
   */
  static boolean afterTitle(List<Token> t, int first, int last) {
    if (first <= 0 || first > last || !MentionFinder.startsUpper(t.get(first).text())) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (!t.get(k).pos().equals("NNP") && !t.get(k).pos().equals("HYPH")) {
        return false;
      }
    }
    String before = t.get(first - 1).text().toLowerCase(java.util.Locale.ROOT);
    return before.equals("counterpart") || RoleWords.isRole(before);
  }

  /**
   * Where a person's name begins when NER tagged only the surname: "Mr. Obama called Naghmeh
   * Abedini", with the first name, one NER does not know, left untagged. A capitalised proper noun
   * NER tagged nothing, right before a lone surname, is its first name unless it is a title, an
   * honorific or a word of a role, or a name word itself follows another such word (then the run is
   * some other name: "Supreme Leader Ali Khamenei" is read by the title).
   */
  static int personStart(List<Token> t, boolean[] used, int first, int last) {
    int before = first - 1;
    return first == last && before >= 0 && !used[before] && missedFirstName(t, first)
        ? before
        : first;
  }

  /**
   * Whether the word right before a surname is a first name NER tagged nothing: a capitalised
   * proper noun that is no title, honorific, role, day or month, and does not itself follow another
   * proper noun.
   */
  static boolean missedFirstName(List<Token> t, int surname) {
    int before = surname - 1;
    if (before < 0) {
      return false;
    }
    Token w = t.get(before);
    return w.ner().equals("O")
        && w.pos().equals("NNP")
        && w.text().matches("\\p{Lu}\\p{Ll}+")
        && !Honorifics.is(w.text())
        && !RoleWords.isRole(w.text().toLowerCase(java.util.Locale.ROOT))
        && !calendarWord(w.text())
        && !(before > 0 && t.get(before - 1).pos().equals("NNP"));
  }

  /** A day or month name, which NER may leave untagged: "On Thursday Clinton met Biden". */
  private static boolean calendarWord(String w) {
    String upper = w.toUpperCase(java.util.Locale.ROOT);
    return java.util.Arrays.stream(java.time.DayOfWeek.values())
            .anyMatch(d -> d.name().equals(upper))
        || java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equals(upper));
  }

  /** Lower-case particles inside a person's name ("de", "van der", "bin"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "la", "del", "der", "den", "van", "von", "da", "di", "du", "dos", "das", "bin");

  /**
   * Whether a person's name runs on past token {@code last} though NER tagged what follows some
   * other way: a particle on one side and a capitalised name word tagged as a name after it.
   */
  static boolean goesOn(List<Token> t, boolean[] used, int last) {
    int next = last + 1;
    if (next >= t.size() || used[next] || t.get(next).ner().equals("O")) {
      return false;
    }
    boolean particleHere = NAME_PARTICLES.contains(t.get(last).text());
    boolean particleNext = NAME_PARTICLES.contains(t.get(next).text());
    return particleHere && MentionFinder.startsUpper(t.get(next).text())
        || particleNext
            && next + 1 < t.size()
            && MentionFinder.startsUpper(t.get(next + 1).text())
            && !t.get(next + 1).ner().equals("O");
  }
}
