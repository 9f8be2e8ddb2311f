package org.w3id.parley.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.place.CountryInfo;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds the entity mentions of one article: countries and demonyms from the gazetteer (longest
 * match first), then CoreNLP's PERSON, LOCATION and ORGANIZATION runs (mended where NER cut a name
 * short or mistook it, {@link NameRuns}) and the organisations NER missed ({@link
 * OrganizationNames}), then later uses of a known person's surname that NER missed or misspelt
 * ("Mntasakanyan" for Mnatsakanyan).
 */
public final class MentionFinder {

  private final Gazetteer gazetteer;

  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entities an article of unknown date names (today's states). */
  public Mentions find(AnnotatedText text) {
    return find(text, null);
  }

  /**
   * The entities an article names.
   *
   * @param published the article's date, which decides the state a capital stands for ({@link
   *     Mentions#stateOf}); {@code null} for today's
   */
  public Mentions find(AnnotatedText text, LocalDate published) {
    Mentions m = new Mentions(text, gazetteer, published);
    Map<String, String> abbreviations = Abbreviations.find(text);
    List<int[]> personRuns = new ArrayList<>();
    List<int[]> loneOrgRuns = new ArrayList<>();
    List<boolean[]> usedBySentence = new ArrayList<>();
    java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();
    for (Sentence s : text.sentences()) {
      for (var t : s.tokens()) {
        if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
          lowerCaseWords.add(t.text());
        }
      }
    }
    for (Sentence s : text.sentences()) {
      boolean[] used = new boolean[s.tokens().size()];
      OrganizationNames.findAbbreviations(m, s, used, abbreviations);
      OrganizationNames.findKnownBodies(m, s, used);
      findGazetteerNames(m, s, used);
      findRuns(m, s, used, personRuns, loneOrgRuns);
      OrganizationNames.findOrganizationsByHead(m, s, used);
      OrganizationNames.findOrganizationsOfCountries(m, s, used, lowerCaseWords);
      usedBySentence.add(used);
    }
    surnamesTaggedAsOrganizations(m, text, personRuns, loneOrgRuns);
    OrganizationNames.propagateOrganizations(m, text, usedBySentence);
    m.resolveOrganizations();
    List<int[]> persons = new ArrayList<>();
    Set<String> storms = stormNames(text);
    Set<String> nameWords = fullNameWords(text, personRuns);
    for (int[] r : personRuns) {
      Sentence s = text.sentences().get(r[0]);
      if (r[1] == r[2] && storms.contains(s.tokens().get(r[1]).text())) {
        continue; // "Humberto", named "Hurricane Humberto" in the article: a storm, not a person
      }
      String surface =
          text.text().substring(s.tokens().get(r[1]).begin(), s.tokens().get(r[2]).end());
      Optional<String> org = companyTaggedAsPerson(m, s, r, surface, nameWords);
      if (org.isPresent()) {
        m.addOrganization(r[0], r[1], r[2], org.get(), surface);
      } else {
        persons.add(r);
      }
    }
    clusterPersons(m, text, persons);
    propagateSurnames(m, text);
    m.claimPersonsTaggedAsPlaces();
    m.mergeBirthNames();
    return m;
  }

  /**
   * Countries and demonyms, and capitals standing for their state, by longest match against the
   * gazetteer.
   */
  private void findGazetteerNames(Mentions m, Sentence s, boolean[] used) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (used[i] || !startsUpper(t.get(i).text())) {
        continue;
      }
      for (int n = Math.min(gazetteer.longestCountryName() + 1, t.size() - i); n >= 1; n--) {
        int last = i + n - 1;
        if (insideLongerRun(t, i, last, "PERSON")
            || insideLongerRun(t, i, last, "ORGANIZATION")
            || insideLongerRun(t, i, last, "LOCATION")) {
          continue;
        }
        String surface = m.text().substring(t.get(i).begin(), t.get(last).end());
        Optional<CountryInfo> c = gazetteer.country(surface);
        if (c.isEmpty()
            && t.get(i).isProperNoun()
            && t.get(i).ner().equals("O")
            && gazetteer.isCapital(surface, m.published())) {
          m.addPlace(s.index(), i, last, surface); // "talks between Moscow and Kyiv"
          for (int k = i; k <= last; k++) {
            used[k] = true;
          }
          i = last;
          break;
        }
        if (c.isPresent()) {
          m.addCountry(s.index(), i, last, c.get(), surface);
          for (int k = i; k <= last; k++) {
            used[k] = true;
          }
          i = last;
          break;
        }
      }
    }
  }

  static boolean insideLongerRun(List<Token> t, int first, int last, String tag) {
    if (!t.get(first).ner().equals(tag)) {
      return false;
    }
    int[] run = runAround(t, first, last, tag);
    return run[0] < first || run[1] > last;
  }

  /** The first and last token of the run of one NER tag that tokens first..last lie in. */
  static int[] runAround(List<Token> t, int first, int last, String tag) {
    int a = first;
    while (a > 0 && t.get(a - 1).ner().equals(tag)) {
      a--;
    }
    int b = last;
    while (b + 1 < t.size() && t.get(b + 1).ner().equals(tag)) {
      b++;
    }
    return new int[] {a, b};
  }

  /**
   * "At a Trump rally": NER tags a lone surname before a noun as an organisation. One word tagged
   * so that is the surname of a person the article names in full is that person.
   */
  private static void surnamesTaggedAsOrganizations(
      Mentions m, AnnotatedText text, List<int[]> personRuns, List<int[]> loneOrgRuns) {
    Set<String> surnames = new HashSet<>();
    for (int[] r : personRuns) {
      if (r[2] > r[1]) {
        surnames.add(text.sentences().get(r[0]).tokens().get(r[2]).text());
      }
    }
    for (int[] r : loneOrgRuns) {
      Token t = text.sentences().get(r[0]).tokens().get(r[1]);
      if (surnames.contains(t.text())) {
        personRuns.add(r);
      } else {
        m.addOrganization(r[0], r[1], r[1], t.text());
      }
    }
  }

  /**
   * The organisation a name NER tagged as a person stands for: "Dayton Hudson" in an article about
   * Dayton Hudson Corp, "Mark IV" in one about Mark IV Industries Inc, "Dart" in one about Dart
   * Group Corp ({@link Mentions#organizationForPerson}). A one-word name stays a person when a
   * person the article names in full has it as a name ("Ford" beside "Henry Ford"), after an
   * honorific ("Mr. Dart"), or when the organisation goes by that one word only.
   */
  private static Optional<String> companyTaggedAsPerson(
      Mentions m, Sentence s, int[] r, String surface, Set<String> nameWords) {
    if (r[1] == r[2]) {
      String word = s.tokens().get(r[1]).text();
      if (nameWords.contains(word) || r[1] > 0 && Honorifics.is(s.tokens().get(r[1] - 1).text())) {
        return Optional.empty();
      }
    }
    // A one-word name NER tags both ways ("Jaya" a person here, an organisation there) is decided
    // by the persons: only a longer company name ("Dart Group Corp") outweighs them.
    return m.organizationForPerson(surface).filter(org -> r[2] > r[1] || org.trim().contains(" "));
  }

  /** The words of the person names of two or more words the article gives. */
  private static Set<String> fullNameWords(AnnotatedText text, List<int[]> personRuns) {
    Set<String> out = new HashSet<>();
    for (int[] r : personRuns) {
      for (int k = r[1]; r[2] > r[1] && k <= r[2]; k++) {
        out.add(text.sentences().get(r[0]).tokens().get(k).text());
      }
    }
    return out;
  }

  /** Words before a name that make it a storm's ({@code storm-words.txt}). */
  private static final java.util.Set<String> STORM_WORDS =
      java.util.Set.copyOf(
          org.w3id.parley.extract.text.WordList.words(MentionFinder.class, "storm-words.txt"));

  /**
   * The names the article gives storms ("Hurricane Humberto"): each is a storm wherever the article
   * writes it, also alone ("Humberto is expected to weaken").
   */
  private static Set<String> stormNames(AnnotatedText text) {
    Set<String> out = new HashSet<>();
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      for (int k = 0; k + 1 < t.size(); k++) {
        if (STORM_WORDS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))
            && !t.get(k + 1).text().isEmpty()
            && Character.isUpperCase(t.get(k + 1).text().codePointAt(0))) {
          out.add(t.get(k + 1).text());
        }
      }
    }
    return out;
  }

  /**
   * A verb in lower case is no part of a name, whatever NER tagged it: "Ryan met Trump" tagged as
   * one person, "OPEC met" as one organisation.
   */
  private static boolean lowerCaseVerb(Token t) {
    return t.pos().startsWith("VB") && Character.isLowerCase(t.text().charAt(0));
  }

  /**
   * The last token of a run of proper nouns NER left untagged from token i that names a party's
   * convention ("Republican National Convention": {@link PartyNames}), or -1.
   */
  private static int partyConventionUntagged(Mentions m, List<Token> t, boolean[] used, int i) {
    int last = i - 1;
    while (last + 1 < t.size()
        && !used[last + 1]
        && t.get(last + 1).ner().equals("O")
        && t.get(last + 1).isProperNoun()) {
      last++;
    }
    if (last <= i || !t.get(last).text().matches("Convention|Conference")) {
      return -1;
    }
    String surface = m.text().substring(t.get(i).begin(), t.get(last).end());
    return PartyNames.of(surface).isPresent() ? last : -1;
  }

  private void findRuns(
      Mentions m, Sentence s, boolean[] used, List<int[]> personRuns, List<int[]> loneOrgRuns) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      String tag = t.get(i).ner();
      int convention = partyConventionUntagged(m, t, used, i);
      if (convention > i) {
        // "the Republican National Convention" that NER left untagged: the party's meeting
        m.addOrganization(
            s.index(),
            i,
            convention,
            m.text().substring(t.get(i).begin(), t.get(convention).end()));
        for (int k = i; k <= convention; k++) {
          used[k] = true;
        }
        i = convention + 1;
        continue;
      }
      if (used[i]
          || lowerCaseVerb(t.get(i))
          || !(tag.equals("PERSON")
              || tag.equals("LOCATION")
              || tag.equals("ORGANIZATION")
              || tag.equals("MISC"))) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < t.size()
          && !used[last + 1]
          && t.get(last + 1).ner().equals(tag)
          && !lowerCaseVerb(t.get(last + 1))
          && !(tag.equals("PERSON") && spacedDash(t, last + 1))) {
        last++; // "the Clinton - Trump debate": a spaced dash parts two persons, not
        // "Shanklin-Hawkins"
      }
      while (tag.equals("PERSON") && NameRuns.goesOn(t, used, last)) {
        last++; // "Miguel de la Madrid", tagged PERSON up to "de" and ORGANIZATION after it
      }
      int runEnd = last;
      int first = i;
      if (tag.equals("ORGANIZATION")) {
        first = NameRuns.companyStart(t, used, i, last);
      } else if (tag.equals("PERSON")) {
        first = NameRuns.personStart(t, used, i, last); // "called Naghmeh Abedini"
      }
      while (first <= last
          && (Honorifics.is(t.get(first).text())
              || t.get(first).lemma().equals("the")
              || spacedDash(t, first))) {
        first++;
      }
      while (last >= first && !t.get(last).text().matches(".*[\\p{L}\\p{N}].*")) {
        last--; // "Recording Industry Association of America (" when NER takes the bracket in
      }
      if (tag.equals("PERSON")) {
        // NER sometimes takes the title into the name ("Taoiseach Leo Varadkar"); RoleFinder reads
        // it from there.
        int[] role = RoleFinder.roleStartingAt(t, first);
        while (role != null && role[1] < last) {
          first = role[1] + 1;
          role = RoleFinder.roleStartingAt(t, first);
        }
      }
      boolean named = false;
      for (int k = first; k <= last; k++) {
        named |= startsUpper(t.get(k).text()) || Character.isDigit(t.get(k).text().charAt(0));
      }
      boolean titledName = tag.equals("MISC") && NameRuns.afterTitle(t, first, last);
      if (tag.equals("MISC")
          && !titledName
          && (first > last
              || PartyNames.of(m.text().substring(t.get(first).begin(), t.get(last).end()))
                  .isEmpty())) {
        i = runEnd + 1; // a nationality, an event: no entity, unless it names a party ("Democrats")
        continue;
      }
      if (first <= last && named) { // not a leftover "and" between two names taken already
        String surface = m.text().substring(t.get(first).begin(), t.get(last).end());
        switch (titledName ? "PERSON" : tag) {
          case "PERSON" -> personRuns.add(new int[] {s.index(), first, last});
          case "LOCATION" -> m.addPlace(s.index(), first, last, surface);
          case "ORGANIZATION" -> {
            if (first == last && surface.equals(t.get(first).text())) {
              loneOrgRuns.add(new int[] {s.index(), first, last}); // decided once persons are known
            } else {
              m.addOrganization(s.index(), first, last, surface);
            }
          }
          default -> m.addOrganization(s.index(), first, last, surface);
        }
        for (int k = first; k <= last; k++) {
          used[k] = true;
        }
      }
      i = runEnd + 1;
    }
  }

  private static void clusterPersons(Mentions m, AnnotatedText text, List<int[]> runs) {
    // Full names first, so that a surname used before the full name still joins it.
    List<int[]> ordered = new ArrayList<>(runs.stream().filter(r -> r[2] > r[1]).toList());
    ordered.addAll(runs.stream().filter(r -> r[2] == r[1]).toList());
    for (int[] r : ordered) {
      Sentence s = text.sentences().get(r[0]);
      String surface =
          text.text().substring(s.tokens().get(r[1]).begin(), s.tokens().get(r[2]).end());
      // Words as written, so a hyphenated surname stays one word: "Christopher Gallego-Lazo".
      List<String> parts = new ArrayList<>();
      for (String w : surface.trim().split("\\s+")) {
        if (!w.replaceAll("[-.]", "").isEmpty()) {
          parts.add(w);
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      m.addPerson(r[0], r[1], r[2], surface.replaceAll("\\s+", " "), parts);
    }
  }

  /**
   * Surnames of the article's persons used where NER saw no person (misspelt, or in "X-Y meeting").
   */
  private static void propagateSurnames(Mentions m, AnnotatedText text) {
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (t.text().length() < 4
            || !startsUpper(t.text())
            || m.at(s.index(), t.index()).isPresent()) {
          continue;
        }
        if (!t.isProperNoun() && t.ner().equals("O")) {
          continue;
        }
        String folded = Names.fold(t.text());
        Set<PersonCluster> hits = new HashSet<>();
        for (PersonCluster c : m.clusters()) {
          if (Names.sameSurname(c.surname, folded)) {
            hits.add(c);
          }
        }
        if (hits.size() == 1) {
          PersonCluster c = hits.iterator().next();
          int before = t.index() - 1;
          if (before >= 0
              && c.hasFirstName()
              && m.at(s.index(), before).isEmpty()
              && NameRuns.missedFirstName(s.tokens(), t.index())
              && !Names.compatibleFirst(c.first, Names.fold(s.tokens().get(before).text()))) {
            // "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, …": another first name
            // before the surname, untagged as both words were, is another person of that name
            Token f = s.tokens().get(before);
            m.addPerson(
                s.index(),
                before,
                t.index(),
                m.text().substring(f.begin(), t.end()),
                List.of(f.text(), t.text()));
            continue;
          }
          m.addToCluster(c, s.index(), t.index(), t.index(), t.text());
        }
      }
    }
  }

  /** A dash with a space on either side of it, between words. */
  private static boolean spacedDash(List<Token> t, int k) {
    return t.get(k).text().matches("[-–—]+")
        && (k == 0
            || t.get(k).begin() > t.get(k - 1).end()
            || k + 1 == t.size()
            || t.get(k + 1).begin() > t.get(k).end());
  }

  static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
