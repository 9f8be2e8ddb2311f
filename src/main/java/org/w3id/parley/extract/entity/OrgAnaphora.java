package org.w3id.parley.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * "The union", "the company", "the council": a definite noun that takes up an organisation named
 * before. It refers to the last organisation whose name holds the noun ("the union" after "National
 * Farmers Union"), or, for a word that any company answers to ("the company", "the firm", "the
 * group"), the last organisation named within a few sentences.
 */
final class OrgAnaphora {
  private static final Set<String> GENERIC =
      Set.of(
          "company",
          "firm",
          "group",
          "concern",
          "corporation",
          "bank",
          "organization",
          "organisation",
          "agency",
          "body");
  private static final int GENERIC_WINDOW = 3;

  /** Words for a company, which a company's legal form ("Corp", "PLC") answers to first. */
  private static final Set<String> COMPANY_WORDS =
      Set.of("company", "firm", "corporation", "concern");

  /**
   * Nouns of a place ({@code place-nouns.txt}): in an organisation's name they name where it is
   * ("the Mexico City advocacy group", "the Kansas City Chiefs"), so "the city" is a place, not
   * that organisation.
   */
  static final Set<String> PLACES =
      Set.copyOf(WordList.words(OrgAnaphora.class, "place-nouns.txt"));

  private final Mentions mentions;

  OrgAnaphora(Mentions mentions) {
    this.mentions = mentions;
  }

  /**
   * "its annual meeting": in a clause's subject, the organisation its governing clause names as
   * subject ({@link #governingSubject}); else the one named last before it, in its sentence or the
   * one before.
   */
  Optional<Ref> possessive(Deps d, int i) {
    Token t = d.token(i);
    if (!t.text().equalsIgnoreCase("its")) {
      return Optional.empty();
    }
    int sentence = d.sentence().index();
    Span words = new Span(t.begin(), t.end());
    Optional<EntityRef> subject = governingSubject(d, i);
    if (subject.isPresent()) {
      return subject.map(e -> new Ref(e, words));
    }
    Mention last = null;
    for (Mention m : mentions.all()) {
      if (m.span().end() > t.begin()) {
        break;
      }
      if (m.ref().kind() == EntityKind.ORGANIZATION && m.sentence() >= sentence - 1) {
        last = m;
      }
    }
    return Optional.ofNullable(last).map(m -> new Ref(m.ref(), words));
  }

  /**
   * "In a filing with the SEC, Acme said its officials told Bolt executives": a possessive in a
   * clause's subject is the organisation that subject's governing clause names as its own subject
   * ({@link ClauseAnaphora}), not the one named last.
   */
  private Optional<EntityRef> governingSubject(Deps d, int pronoun) {
    int owner = d.head(pronoun);
    if (owner < 0 || !d.headRelation(owner).startsWith("nsubj")) {
      return Optional.empty();
    }
    return ClauseAnaphora.subjects(mentions, d, owner).stream().findFirst().map(Ref::entity);
  }

  Optional<Ref> resolve(Deps d, int i) {
    Token t = d.token(i);
    if (!t.pos().equals("NN") || !definite(d, i)) {
      return Optional.empty();
    }
    String word = t.lemma().toLowerCase(Locale.ROOT);
    if (PLACES.contains(word)) {
      return Optional.empty();
    }
    Mention byName = null;
    Mention recent = null;
    Mention recentCompany = null;
    int sentence = d.sentence().index();
    for (Mention m : mentions.all()) {
      if (m.span().end() > t.begin()) {
        break;
      }
      if (m.ref().kind() != EntityKind.ORGANIZATION) {
        continue;
      }
      EntityDraft draft = mentions.draft(m.ref());
      String label = draft == null ? "" : draft.label().toLowerCase(Locale.ROOT);
      if (List.of(label.split("[^\\p{L}\\p{N}]+")).contains(word)) {
        byName = m;
      }
      if (m.sentence() >= sentence - GENERIC_WINDOW) {
        recent = m;
        if (draft != null && OrgNames.hasLegalSuffix(draft.label())) {
          recentCompany = m;
        }
      }
    }
    // "Reuters Holdings PLC … the Tokyo Stock Exchange … the company's annual meeting": a word
    // for a company takes up the last company named, by its legal form, over any body
    Mention found =
        byName != null
            ? byName
            : COMPANY_WORDS.contains(word) && recentCompany != null
                ? recentCompany
                : GENERIC.contains(word) ? recent : null;
    int begin =
        d.children(i, "det").stream().mapToInt(k -> d.token(k).begin()).min().orElse(t.begin());
    return Optional.ofNullable(found).map(m -> new Ref(m.ref(), new Span(begin, t.end())));
  }

  /** "the union", "the union's": a definite article, not "a union" or "unions". */
  private static boolean definite(Deps d, int i) {
    return d.children(i, "det").stream().anyMatch(k -> d.token(k).lemma().equals("the"));
  }
}
