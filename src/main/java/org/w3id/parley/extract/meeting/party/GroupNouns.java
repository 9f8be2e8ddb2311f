package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityDraft;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.ImpliedEntities;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.entity.RoleFinder;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * Whom a group noun stands for when it takes part in a meeting: the body or country that modifies
 * it ("U.S. officials", "the union's committee", "Japanese negotiators"), the one office-holder of
 * a country ("Mexico's president"), the leader of a delegation, and a capital acting for its
 * country.
 */
public final class GroupNouns {
  /**
   * Common nouns that stand for the body or country that modifies them ({@code group-nouns.txt}).
   */
  private static final Set<String> GROUP_NOUNS =
      Set.copyOf(WordList.words(MeetingWords.class, "group-nouns.txt"));

  /**
   * Nouns that stand for a person's campaign when the person modifies them ("Trump aides"; {@code
   * campaign-nouns.txt}).
   */
  private static final Set<String> CAMPAIGN_NOUNS =
      Set.copyOf(WordList.words(MeetingWords.class, "campaign-nouns.txt"));

  /**
   * Group nouns whose "to" names whom they serve ("an adviser to the board of Burisma", "an aide to
   * the governor"), unlike a posting's "to" ("the U.S. envoy to the UN"; {@code
   * service-nouns.txt}).
   */
  private static final Set<String> SERVICE_NOUNS =
      Set.copyOf(WordList.words(MeetingWords.class, "service-nouns.txt"));

  /** Nouns that name a country's government when nothing qualifies them. */
  private static final Set<String> GOVERNMENT = Set.of("government", "administration", "cabinet");

  /** Relations that lead from a group noun to the body or country it belongs to. */
  private static final String[] GROUP_LINKS = {
    "compound", "amod", "nmod:poss", "nmod:of", "nmod:from", "nmod:for", "nmod:at"
  };

  private final Mentions mentions;
  private final References refs;
  private final HomeCountry home;
  private final PluralAnaphora pair;

  /**
   * @param pair what "the two countries" stands for ({@link PluralAnaphora})
   */
  GroupNouns(Mentions mentions, References refs, PluralAnaphora pair) {
    this.mentions = mentions;
    this.refs = refs;
    this.home = new HomeCountry(mentions);
    this.pair = pair;
  }

  /** Whether a common noun is one that stands for a body or country ("officials", "team"). */
  public static boolean isGroupNoun(Token t) {
    return GROUP_NOUNS.contains(t.lemma())
        || GROUP_NOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a common noun stands for a person's campaign ("campaign", "aides", "team"). */
  public static boolean isCampaignNoun(Token t) {
    return CAMPAIGN_NOUNS.contains(t.lemma());
  }

  /**
   * "Ministers from the Group of Seven will meet": a plural group noun opening the sentence, which
   * the tagger takes for a name for its capital.
   */
  private static boolean capitalisedFirst(Deps d, int k) {
    String w = d.token(k).text().toLowerCase(java.util.Locale.ROOT);
    return k == 0
        && d.token(k).isProperNoun()
        && w.endsWith("s")
        && GROUP_NOUNS.contains(w.substring(0, w.length() - 1));
  }

  /**
   * "U.S. officials", "the union's committee", "Japanese negotiators": whom the group stands for.
   */
  List<Ref> of(Deps d, int k) {
    if (!d.token(k).pos().startsWith("NN")
        || !GROUP_NOUNS.contains(d.token(k).lemma())
            && !GROUP_NOUNS.contains(d.token(k).text().toLowerCase(java.util.Locale.ROOT))
            && !capitalisedFirst(d, k)
            && RoleFinder.roleAt(d.sentence().tokens(), k).isEmpty()) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (int m : links(d, k)) {
      List<Ref> own = bodies(d, m);
      if (own.isEmpty() && m > k && isGroupNoun(d.token(m))) {
        // "an adviser to the board of Burisma", "officials from the union's committee": a group
        // of a group stands for what the inner one does.
        for (int n : links(d, m)) {
          own.addAll(bodies(d, n));
        }
      }
      out.addAll(own);
    }
    for (int m : d.children(k, "nmod:in")) {
      // "officials in Peru": a country the group is in is theirs, not a city it meets in ("a
      // meeting of EC finance ministers in Brussels")
      refs.resolve(d, m).stream()
          .filter(r -> r.entity().kind() == EntityKind.COUNTRY)
          .forEach(out::add);
    }
    if (out.isEmpty() && government(d, k)) {
      // "talks with Administration officials", "meeting government ministers", "the government":
      // an unnamed government is the one of the country the story is filed from.
      Token t = d.token(k);
      home.country().ifPresent(c -> out.add(new Ref(c, new Span(t.begin(), t.end()))));
    }
    // "Smith met Mexico's president": the holder of a country's sole office, unnamed here.
    Optional<Ref> holder = refs.officeHolder(d, k);
    if (holder.isPresent()) {
      return List.of(holder.get());
    }
    return out;
  }

  /**
   * The words a group noun belongs to: its own modifiers ({@link #GROUP_LINKS}), and a phrase that
   * opens right after it but that the parser hung on a word before it ("talks with officials from
   * the World Bank" parsed as talks … from the World Bank; "met an adviser to the board" as met …
   * to the board). Which word a prepositional phrase belongs to is the parser's most common
   * mistake, and a phrase that follows a group noun at once is that noun's.
   */
  private static List<Integer> links(Deps d, int k) {
    List<String> relations = new ArrayList<>(List.of(GROUP_LINKS));
    if (SERVICE_NOUNS.contains(d.token(k).lemma())) {
      relations.add("nmod:to");
    }
    List<Integer> out = new ArrayList<>(d.children(k, relations.toArray(String[]::new)));
    int p = k + 1;
    if (p < d.size()
        && d.headRelation(p).equals("case")
        && relations.contains("nmod:" + d.token(p).lemma())) {
      int m = d.head(p);
      int g = m > k ? d.head(m) : -1;
      if (g >= 0 && g < k && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The organisations and countries (a capital for its country) a word names. */
  private List<Ref> bodies(Deps d, int m) {
    List<Ref> out = new ArrayList<>();
    List<Ref> named = refs.resolve(d, m);
    // "the leaders of the two countries": the two named before
    for (Ref r : named.isEmpty() ? pair.resolve(d, m) : named) {
      EntityRef e = actor(r.entity());
      if (e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION) {
        out.add(new Ref(e, r.words()));
      }
    }
    return out;
  }

  /**
   * "after meeting with Trump aides", "talks between the White House and the Sanders campaign",
   * "Clinton's team": a campaign noun that one person modifies stands for that person's campaign,
   * an organisation of its own, not for the person.
   */
  /** The key a person's campaign has ({@link Mentions#campaign}). */
  static EntityRef campaignOf(EntityRef person) {
    return new EntityRef(EntityKind.ORGANIZATION, "campaign-" + person.key());
  }

  Optional<Ref> campaign(Deps d, int k) {
    Token t = d.token(k);
    if (!t.pos().startsWith("NN") || t.isProperNoun() || !CAMPAIGN_NOUNS.contains(t.lemma())) {
      return Optional.empty();
    }
    List<Ref> persons = new ArrayList<>();
    for (int m : d.children(k, "compound", "nmod:poss")) {
      refs.resolve(d, m).stream()
          .filter(r -> r.entity().kind() == EntityKind.PERSON)
          .forEach(persons::add);
    }
    if (persons.size() != 1) {
      return Optional.empty();
    }
    Ref p = persons.get(0);
    int first = Math.min(k, d.children(k, "compound", "nmod:poss").get(0));
    EntityRef org = ImpliedEntities.campaign(mentions, d.sentence().index(), first, k, p.entity());
    Span words =
        new Span(Math.min(p.words().begin(), t.begin()), Math.max(p.words().end(), t.end()));
    return Optional.of(new Ref(org, words));
  }

  /**
   * Whether the noun is a government that nothing else qualifies: "the government", "the
   * Administration", "government ministers", "Administration officials", not "the state government"
   * or "the union's officials".
   */
  private static boolean government(Deps d, int k) {
    List<Integer> links = d.children(k, GROUP_LINKS);
    if (GOVERNMENT.contains(d.token(k).lemma())) {
      return links.isEmpty();
    }
    return links.size() == 1 && GOVERNMENT.contains(d.token(links.get(0)).lemma());
  }

  /** The country the story is filed from, if the article names it. */
  Optional<EntityRef> home() {
    return home.country();
  }

  /** "a team led by Katrine Saito", "a delegation headed by X": the leader takes part too. */
  List<Ref> leader(Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    for (int v : d.children(k, "acl")) {
      String lemma = d.token(v).lemma();
      if (lemma.equals("lead") || lemma.equals("head")) {
        for (int a : d.children(v, "obl:agent", "obl:by")) {
          out.addAll(refs.resolve(d, a));
        }
      }
    }
    return out;
  }

  /**
   * "Alvite arrived here for talks", "Baker will visit here" in a story filed from Caracas: "here"
   * is the dateline's city, and a capital stands for its country as it does when named.
   */
  Optional<Ref> visitedHere(Deps d, int verb) {
    Optional<Integer> here = here(d, verb);
    if (here.isEmpty()) {
      return Optional.empty();
    }
    Token t = d.token(here.get());
    return home.placeBegin()
        .flatMap(
            begin ->
                mentions.all().stream()
                    .filter(m -> m.span().begin() == begin)
                    .filter(m -> m.ref().kind() == EntityKind.PLACE)
                    .findFirst())
        .map(m -> new Ref(actor(m.ref()), new Span(t.begin(), t.end())))
        .filter(r -> r.entity().kind() == EntityKind.COUNTRY);
  }

  /** The "here" a verb goes to ("arrived here", "will visit here"), if it has one. */
  public static Optional<Integer> here(Deps d, int verb) {
    return d.children(verb, "advmod").stream()
        .filter(k -> d.token(k).lemma().equalsIgnoreCase("here"))
        .findFirst();
  }

  /** A visited country, or the country of a visited capital, is the host side of a visit. */
  Optional<Ref> visited(Deps d, int k) {
    return mentions
        .at(d.sentence().index(), k)
        .map(m -> new Ref(actor(m.ref()), m.span()))
        .filter(r -> r.entity().kind() == EntityKind.COUNTRY);
  }

  /** A capital stands for its country when it acts. */
  private EntityRef actor(EntityRef e) {
    if (e.kind() != EntityKind.PLACE) {
      return e;
    }
    EntityDraft place = mentions.draft(e);
    if (place == null || !place.isCapital() || place.countryIso().isEmpty()) {
      return e;
    }
    return new EntityRef(EntityKind.COUNTRY, mentions.stateOf(place.countryIso().get()));
  }
}
