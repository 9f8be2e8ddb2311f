package org.w3id.parley.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Resolves a token to the entities it refers to: a name, a pronoun (the nearest person named before
 * it), a description by title and country ("the Russian foreign minister", "the foreign ministers
 * of Armenia and Azerbaijan"), or a description the article gave one of its entities ("the
 * archbishop", "the council": {@link Descriptions}).
 */
public final class References {
  private static final Set<String> NAME_LINKS = Set.of("appos", "dep", "compound", "flat");

  private final Mentions mentions;
  private final List<Span> quotes;

  private final PersonPronouns pronouns;
  private final Descriptions descriptions;
  private final OrgAnaphora orgAnaphora;

  public References(Mentions mentions, List<Span> quotes) {
    this.mentions = mentions;
    this.quotes = quotes;
    this.pronouns = new PersonPronouns(mentions, this::inQuote);
    this.descriptions = Descriptions.of(mentions);
    this.orgAnaphora = new OrgAnaphora(mentions);
  }

  /** The entities token i refers to, with the words that refer; empty if none can be resolved. */
  public List<Ref> resolve(Deps d, int i) {
    Sentence s = d.sentence();
    Token t = d.token(i);
    Optional<Mention> named = mentions.at(s.index(), i);
    if (named.isPresent()) {
      Optional<Ref> holder = namedHolder(d, i, named.get());
      if (holder.isPresent()) {
        return List.of(holder.get());
      }
      return List.of(new Ref(metonym(d, i, named.get()), named.get().span()));
    }
    if (t.text().equalsIgnoreCase("its")) {
      return orgAnaphora.possessive(d, i).map(List::of).orElse(List.of());
    }
    if (t.text().equalsIgnoreCase("it") || t.text().equalsIgnoreCase("they")) {
      return ClauseAnaphora.subjects(mentions, d, i);
    }
    if (isPersonPronoun(t.lemma())) {
      return pronouns
          .resolve(t, subjectsOfOwnClause(d, i))
          .map(r -> List.of(new Ref(r, new Span(t.begin(), t.end()))))
          .orElse(List.of());
    }
    if (t.pos().startsWith("NN")) {
      // "his counterpart Elmar Mammadyarov": the name hangs off the title; but a name before a
      // plural only qualifies it ("the Sandy Hook families", "the Clinton supporters").
      boolean plural = plural(t);
      for (var dep : d.children(i)) {
        String rel = dep.relation().split(":")[0];
        if (plural && !rel.equals("appos")) {
          continue;
        }
        Optional<Mention> m = mentions.at(s.index(), dep.dependent());
        if (NAME_LINKS.contains(rel)
            && m.isPresent()
            && m.get().ref().kind() == EntityKind.PERSON) {
          return List.of(new Ref(m.get().ref(), m.get().span()));
        }
      }
      Optional<Ref> inside = personInside(d, i);
      if (inside.isPresent()) {
        return List.of(inside.get());
      }
      Described described = describedPersons(d, i);
      if (!described.persons().isEmpty()) {
        return described.persons();
      }
      if (described.countryGiven()) {
        // "he met the Mexican president": no person of the article holds that office for that
        // country, so it is not the article's other "president" ({@link #officeHolder}).
        return List.of();
      }
      Optional<Ref> description =
          descriptions
              .resolve(d, i, mentions)
              .filter(r -> !described.bodyOwner() || representsNoCountry(r.entity()));
      if (description.isPresent()) {
        return List.of(description.get());
      }
      return orgAnaphora.resolve(d, i).map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /**
   * "the Deputy U.S. Trade Representative, Michael Smith,": an office NER names as an organisation,
   * with the person who holds it set in apposition, is that person where it is a party.
   */
  private Optional<Ref> namedHolder(Deps d, int i, Mention named) {
    if (named.ref().kind() == EntityKind.PERSON
        || !RoleFinder.titleEndsAt(d.sentence().tokens(), i)) {
      return Optional.empty();
    }
    for (int k : d.children(i, "appos")) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isPresent() && m.get().ref().kind() == EntityKind.PERSON) {
        return Optional.of(new Ref(m.get().ref(), m.get().span()));
      }
    }
    return Optional.empty();
  }

  /**
   * "President of Ukraine Volodymyr Zelenskyy": the one person named inside the noun phrase headed
   * by i.
   */
  private Optional<Ref> personInside(Deps d, int head) {
    if (plural(d.token(head))) {
      return Optional.empty(); // "the Sandy Hook families", "Clinton supporters": many, not them
    }
    Mention found = null;
    for (int k :
        d.subtree(
            head,
            e ->
                !e.relation().startsWith("acl")
                    && !e.relation().startsWith("ccomp")
                    && !e.relation().startsWith("conj"))) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isPresent() && m.get().ref().kind() == EntityKind.PERSON) {
        if (found != null && !found.ref().equals(m.get().ref())) {
          return Optional.empty();
        }
        found = m.get();
      }
    }
    return Optional.ofNullable(found).map(m -> new Ref(m.ref(), m.span()));
  }

  /**
   * "He met the Mexican president", "the French foreign minister said": the holder of a country's
   * sole office ({@code sole-offices.txt}) that the title at {@code head} names and that no person
   * of the article holds for that country, made a person of its own ({@link
   * ImpliedEntities#officeHolder}) with the title as its words. Callers ask for it only once a
   * name, a description and the article's other ways of naming a source have found nothing.
   */
  public Optional<Ref> officeHolder(Deps d, int head) {
    if (!d.token(head).pos().equals("NN")) {
      return Optional.empty();
    }
    Described described = describedPersons(d, head);
    if (described.office() == null
        || !RoleWords.isSoleOffice(described.office())
        || !described.persons().isEmpty()
        || described.countries().size() != 1) {
      return Optional.empty();
    }
    String iso = described.countries().iterator().next();
    EntityRef holder =
        ImpliedEntities.officeHolder(
            mentions, d.sentence().index(), described.first(), head, described.office(), iso);
    return Optional.of(new Ref(holder, described.words()));
  }

  private static boolean plural(Token t) {
    return t.pos().equals("NNS") || t.pos().equals("NNPS");
  }

  /**
   * A capital used as a state actor, "Moscow said", "talks between Moscow and Kyiv", is its
   * country; a capital as a place ("in Moscow") stays a place.
   */
  private EntityRef metonym(Deps d, int i, Mention m) {
    if (m.ref().kind() != EntityKind.PLACE) {
      return m.ref();
    }
    EntityDraft place = mentions.draft(m.ref());
    if (place == null || !place.capital || place.country.isEmpty()) {
      return m.ref();
    }
    String rel = d.headRelation(i);
    boolean actor =
        rel.startsWith("nsubj")
            || rel.startsWith("nmod:between")
            || rel.startsWith("obl:with")
            || rel.startsWith("nmod:with")
            || rel.startsWith("conj") && d.headRelation(d.head(i)).startsWith("nsubj");
    return actor ? new EntityRef(EntityKind.COUNTRY, place.country.get()) : m.ref();
  }

  /** Whether a lemma is a pronoun that can refer back to a person ("he", "her"). */
  static boolean isPersonPronoun(String lemma) {
    return PersonPronouns.isPersonPronoun(lemma);
  }

  /** Resolves token i and the tokens conjoined with it ("Mammadyarov and Mnatsakanyan"). */
  public List<Ref> resolveWithConjuncts(Deps d, int i) {
    List<Ref> out = new ArrayList<>(resolve(d, i));
    for (int c : d.children(i, "conj")) {
      out.addAll(resolve(d, c));
    }
    return out;
  }

  /**
   * Who an object pronoun cannot be: the subject of its own clause ("she will not campaign with
   * him" is not Ayotte with herself; that would be "herself").
   */
  private Set<EntityRef> subjectsOfOwnClause(Deps d, int i) {
    String rel = d.headRelation(i);
    if (d.head(i) < 0
        || !(rel.startsWith("obj") || rel.startsWith("iobj") || rel.startsWith("obl"))) {
      return Set.of();
    }
    Set<EntityRef> out = new java.util.HashSet<>();
    for (int k : d.children(d.head(i), "nsubj")) {
      if (k != i && !d.headRelationOf(d.head(i), k).startsWith("nsubj:pass")) {
        resolve(d, k).forEach(r -> out.add(r.entity()));
      }
    }
    return out;
  }

  public boolean inQuote(int offset) {
    for (Span q : quotes) {
      if (q.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Russian foreign minister": persons of the article with that title (and country, if one is
   * given), and the countries the title names.
   */
  private Described describedPersons(Deps d, int head) {
    List<Token> t = d.sentence().tokens();
    int[] role = RoleFinder.roleEndingAt(t, head);
    if (role == null) {
      return new Described(null, List.of(), Set.of(), head, null, false);
    }
    String phrase = RoleFinder.singular(t, role[0], role[1]);
    String canonical = RoleWords.office(phrase);
    Set<String> countries = new LinkedHashSet<>();
    int from = role[0];
    for (int k = role[0] - 1; k >= 0 && k >= role[0] - 4; k--) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isPresent() && m.get().ref().kind() == EntityKind.COUNTRY) {
        countries.add(m.get().ref().key());
        from = m.get().first();
      } else if (!(t.get(k).pos().equals("POS")
          || t.get(k).pos().equals("CC")
          || t.get(k).text().equals(","))) {
        break;
      }
    }
    boolean bodyOwner = bodyOwner(d, head);
    for (int c : bodyOwner ? List.<Integer>of() : d.children(head, "nmod")) {
      for (int x : withConjuncts(d, c)) {
        mentions
            .at(d.sentence().index(), x)
            .filter(m -> m.ref().kind() == EntityKind.COUNTRY)
            .ifPresent(m -> countries.add(m.ref().key()));
      }
    }
    for (int c : d.children(head, "amod", "compound", "nmod:poss")) {
      mentions
          .at(d.sentence().index(), c)
          .filter(m -> m.ref().kind() == EntityKind.COUNTRY)
          .ifPresent(m -> countries.add(m.ref().key()));
    }
    int begin = t.get(from).begin();
    if (from > 0 && t.get(from - 1).pos().equals("DT")) {
      begin = t.get(from - 1).begin();
    }
    Span words = new Span(begin, t.get(head).end());
    List<Ref> out = new ArrayList<>();
    if (countries.isEmpty()) {
      List<PersonCluster> holders =
          mentions.clusters().stream()
              .filter(c -> c.roles.contains(canonical))
              .filter(c -> !bodyOwner || representsNoCountry(c.ref))
              .toList();
      if (holders.size() == 1 && !plural(t.get(head))) {
        // not "European Community finance ministers" for the article's one finance minister
        out.add(new Ref(holders.get(0).ref, words));
      }
      return new Described(canonical, out, countries, from, words, bodyOwner);
    }
    boolean bodyAmong = bodyAmong(d, head);
    for (String iso : countries) {
      List<PersonCluster> holders =
          mentions.clusters().stream()
              .filter(c -> c.represents.contains(iso) && matchesRole(c, canonical))
              .toList();
      if (holders.size() == 1) {
        out.add(new Ref(holders.get(0).ref, words));
      } else if (holders.isEmpty() && t.get(head).pos().equals("NNS") && !bodyAmong) {
        // "representatives from the UAE, Bahrain and Israel": unnamed people stand for their
        // countries.
        out.add(new Ref(new EntityRef(EntityKind.COUNTRY, iso), words));
      }
    }
    return new Described(canonical, out, countries, from, words, bodyOwner);
  }

  /**
   * "the president of the Peruvian central bank": a body's common noun owns the office, so neither
   * Peru's head of state nor any country's (the adjective inside it is the bank's).
   */
  private static boolean bodyOwner(Deps d, int title) {
    return d.children(title, "nmod:of", "nmod:at").stream()
        .anyMatch(
            c ->
                d.token(c).pos().startsWith("NN")
                    && !d.token(c).isProperNoun()
                    && OrganizationNames.bodyNoun(d.token(c).lemma()));
  }

  /**
   * "representatives of the EC and Japan": an organisation among those the title is of, so the
   * group noun's own reading names them all (not Japan alone).
   */
  private boolean bodyAmong(Deps d, int title) {
    return d.children(title, "nmod:of", "nmod:from").stream()
        .flatMap(c -> withConjuncts(d, c).stream())
        .anyMatch(
            x ->
                mentions
                    .at(d.sentence().index(), x)
                    .filter(m -> m.ref().kind() == EntityKind.ORGANIZATION)
                    .isPresent());
  }

  /** Whether an entity is no person who acts for a country (a head of state or minister). */
  private boolean representsNoCountry(EntityRef e) {
    PersonCluster c = e.kind() == EntityKind.PERSON ? mentions.cluster(e) : null;
    return c == null || c.represents.isEmpty();
  }

  /**
   * The office a title names (null for no title), the persons it describes, the countries it names
   * ("the Mexican president"), the first token of the title with its countries, the words from its
   * determiner to its head, and whether a body's noun owns the office ("the president of the
   * central bank"), which no head of state or minister then holds.
   */
  private record Described(
      String office,
      List<Ref> persons,
      Set<String> countries,
      int first,
      Span words,
      boolean bodyOwner) {
    /** Whether the title named a country, which a description without one must not stand in for. */
    boolean countryGiven() {
      return !countries.isEmpty();
    }
  }

  private static boolean matchesRole(PersonCluster c, String role) {
    if (c.roles.contains(role)) {
      return true;
    }
    // "the ministers" for a "foreign minister"; "leader" for any head of state or government.
    return c.roles.stream().anyMatch(r -> r.endsWith(" " + role))
        || role.equals("leader")
        || role.equals("diplomat");
  }

  private static List<Integer> withConjuncts(Deps d, int i) {
    List<Integer> out = new ArrayList<>(List.of(i));
    out.addAll(d.children(i, "conj"));
    return out;
  }
}
