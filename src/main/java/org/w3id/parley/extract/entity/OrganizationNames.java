package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Organisations NER missed or cut short: a body from {@code known-bodies.txt} whatever NER made of
 * it, a run of proper nouns ending in a kind of body ({@code organisation-heads.txt}), an
 * organisation's own abbreviation, and the same name again where NER did not tag it.
 */
final class OrganizationNames {
  private OrganizationNames() {}

  /**
   * An organisation's own abbreviation, wherever it stands and however NER tagged it, is that
   * organisation: "the SDF said" after "the Syrian Democratic Forces (SDF)".
   */
  static void findAbbreviations(
      Mentions m, Sentence s, boolean[] used, Map<String, String> abbreviations) {
    for (Token t : s.tokens()) {
      String full = abbreviations.get(t.text());
      if (full != null && !used[t.index()]) {
        m.addOrganization(s.index(), t.index(), t.index(), full, t.text());
        used[t.index()] = true;
      }
    }
  }

  /**
   * "the CentOS Governing Board", "the Barwon Farmlands Ltd", "the Republican Jewish Coalition": a
   * run of capitalised words that NER left untagged but whose last word names a kind of body is an
   * organisation ({@code organisation-heads.txt}). The tagger often reads such a name's words as
   * adjectives and common nouns; a capital in mid-sentence is what marks them as a name.
   */
  static void findOrganizationsByHead(Mentions m, Sentence s, boolean[] used) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (used[i] || !nameWord(t, i)) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < t.size() && !used[last + 1] && nameWord(t, last + 1)) {
        last++;
      }
      int first = i;
      while (first >= 2
          && t.get(first - 1).text().equals("-")
          && !used[first - 2]
          && MentionFinder.startsUpper(t.get(first - 2).text())) {
        first -= 2; // "the Shangri-La Dialogue": the tokenizer splits the name at its hyphen
      }
      String head = t.get(last).text().toLowerCase(java.util.Locale.ROOT).replace(".", "");
      if (last > first && ORGANISATION_HEADS.contains(head)) {
        m.addOrganization(
            s.index(), first, last, m.text().substring(t.get(first).begin(), t.get(last).end()));
        for (int k = first; k <= last; k++) {
          used[k] = true;
        }
      }
      i = last + 1;
    }
  }

  /** Parts of speech a capitalised word of a name may be given when NER does not tag it. */
  private static final Set<String> NAME_LIKE_TAGS = Set.of("JJ", "NN", "NNS");

  /**
   * Whether token i may be a word of a body's name: a capitalised proper noun, or a capitalised
   * adjective or common noun after the first word of its sentence (where a capital marks a name and
   * not the sentence) that NER took for no person, place or date.
   */
  private static boolean nameWord(List<Token> t, int i) {
    Token k = t.get(i);
    if (!MentionFinder.startsUpper(k.text())) {
      return false;
    }
    if (k.isProperNoun()) {
      return true;
    }
    return i > 0
        && NAME_LIKE_TAGS.contains(k.pos())
        && (k.ner().equals("O") || k.ner().equals("MISC") || k.ner().equals("ORGANIZATION"))
        && t.get(i - 1).text().chars().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * Last words of the names of gatherings, which NER may take for places ("the Sunshine Summit").
   */
  private static final Set<String> GATHERINGS =
      Set.of("summit", "conference", "convention", "forum", "dialogue", "symposium");

  /** Whether a name of several words names a gathering: "the Sunshine Summit", not "Summit". */
  static boolean namesGathering(String surface) {
    String[] words = surface.strip().split("\\s+");
    return words.length > 1
        && GATHERINGS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Spain's Almaden", "Algeria's Sonatrach": a run of proper nouns NER left untagged that a
   * country owns is an organisation of that country (a title is no name: "Spain's King Felipe"; nor
   * is a word the article also writes in lower case: "Japan's Constitution", "the constitution").
   */
  static void findOrganizationsOfCountries(
      Mentions m, Sentence s, boolean[] used, Set<String> lowerCaseWords) {
    List<Token> t = s.tokens();
    for (int i = 2; i < t.size(); i++) {
      if (!t.get(i - 1).pos().equals("POS")
          || m.at(s.index(), i - 2).filter(x -> x.ref().kind() == EntityKind.COUNTRY).isEmpty()) {
        continue;
      }
      int last = i - 1;
      while (last + 1 < t.size()
          && !used[last + 1]
          && t.get(last + 1).ner().equals("O")
          && t.get(last + 1).pos().startsWith("NNP")
          && MentionFinder.startsUpper(t.get(last + 1).text())) {
        last++;
      }
      boolean common = false;
      for (int k = i; k <= last; k++) {
        common |= lowerCaseWords.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT));
      }
      if (last < i || common || RoleFinder.roleStartingAt(t, i) != null) {
        continue;
      }
      m.addOrganization(
          s.index(), i, last, m.text().substring(t.get(i).begin(), t.get(last).end()));
      for (int k = i; k <= last; k++) {
        used[k] = true;
      }
    }
  }

  /**
   * An organisation's name where NER missed it: the same words, capitalised, elsewhere in the
   * article ("Red Hat" tagged in one sentence and not in the next).
   */
  static void propagateOrganizations(
      Mentions m, AnnotatedText text, List<boolean[]> usedBySentence) {
    Set<String> names = new java.util.HashSet<>();
    for (String n : m.pendingOrganizationNames()) {
      // A one-word name that is also a kind of body ("Board", "Party") says nothing on its own.
      if (n.contains(" ") || !ORGANISATION_HEADS.contains(n.toLowerCase(java.util.Locale.ROOT))) {
        names.add(n);
      }
    }
    if (names.isEmpty()) {
      return;
    }
    for (Sentence s : text.sentences()) {
      boolean[] used = usedBySentence.get(s.index());
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (used[i] || !MentionFinder.startsUpper(t.get(i).text())) {
          continue;
        }
        // A one-word name must be a proper noun here too; a longer one is distinctive enough.
        int shortest = t.get(i).isProperNoun() ? i : i + 1;
        for (int last = Math.min(t.size() - 1, i + 7); last >= shortest; last--) {
          if (used[last]) {
            continue;
          }
          String surface =
              m.text().substring(t.get(i).begin(), t.get(last).end()).replaceAll("\\s+", " ");
          if (names.contains(surface)) {
            m.addOrganization(s.index(), i, last, surface);
            for (int k = i; k <= last; k++) {
              used[k] = true;
            }
            i = last;
            break;
          }
        }
      }
    }
  }

  /** Other names of bodies ({@code body-names.tsv}): "Congressional" is Congress. */
  private static final java.util.Map<String, String> BODY_LABELS =
      WordList.rows(OrganizationNames.class, "body-names.tsv", 2).stream()
          .collect(java.util.stream.Collectors.toMap(r -> r[0], r -> r[1], (a, b) -> a));

  /** A known body's name as tokens, and the label it goes by ({@code null}: the name itself). */
  private record KnownBody(List<String> tokens, String label) {}

  /**
   * Names of bodies, longest first ({@code known-bodies.txt}, and the other names), each as written
   * and as the tokenizer splits it at hyphens ("G-7" is read as "G", "-", "7").
   */
  private static final List<KnownBody> KNOWN_BODIES =
      java.util.stream.Stream.concat(
              WordList.words(OrganizationNames.class, "known-bodies.txt").stream(),
              BODY_LABELS.keySet().stream())
          .distinct()
          .flatMap(
              n ->
                  java.util.stream.Stream.of(n.split(" "), n.split(" |(?=-)|(?<=-)"))
                      .map(List::of)
                      .distinct()
                      .map(w -> new KnownBody(w, BODY_LABELS.get(n))))
          .sorted(java.util.Comparator.comparingInt((KnownBody b) -> -b.tokens().size()))
          .toList();

  /**
   * "Group of Seven", "OPEC", "European Union": bodies from the list, whatever NER made of them (a
   * place, nothing, or only part of the name).
   */
  static void findKnownBodies(Mentions m, Sentence s, boolean[] used) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      for (KnownBody body : KNOWN_BODIES) {
        List<String> name = body.tokens();
        int last = i + name.size() - 1;
        if (last >= t.size() || !matches(t, i, name)) {
          continue;
        }
        // Only a whole NER run, or words NER left alone: "EU" inside "EU Commissioner Phil Hogan"
        // belongs to the person's title, not to a mention of its own.
        if (MentionFinder.insideLongerRun(t, i, last, "PERSON") || insideLongerName(t, i, last)) {
          continue;
        }
        String surface = m.text().substring(t.get(i).begin(), t.get(last).end());
        String label = body.label();
        if (label == null) {
          m.addOrganization(s.index(), i, last, surface);
        } else {
          m.addOrganization(s.index(), i, last, label, surface);
        }
        for (int k = i; k <= last; k++) {
          used[k] = true;
        }
        i = last;
        break;
      }
    }
  }

  /**
   * Whether NER found a longer organisation or place that holds these words ("Commonwealth Bank of
   * Australia"), unless that run is two names joined by "and".
   */
  private static boolean insideLongerName(List<Token> t, int first, int last) {
    for (String tag : List.of("ORGANIZATION", "LOCATION")) {
      if (MentionFinder.insideLongerRun(t, first, last, tag)) {
        int[] run = MentionFinder.runAround(t, first, last, tag);
        boolean joined = false;
        for (int k = run[0]; k <= run[1]; k++) {
          joined |= t.get(k).pos().equals("CC");
        }
        if (!joined) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(List<Token> t, int i, List<String> name) {
    for (int k = 0; k < name.size(); k++) {
      if (!t.get(i + k).text().equals(name.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a common noun names a kind of body ("bank", "committee"): {@code
   * organisation-heads.txt}.
   */
  static boolean bodyNoun(String lemma) {
    return ORGANISATION_HEADS.contains(lemma);
  }

  private static final Set<String> ORGANISATION_HEADS =
      Set.copyOf(WordList.words(OrganizationNames.class, "organisation-heads.txt"));
}
