package org.w3id.parley.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.place.CityInfo;
import org.w3id.parley.extract.place.CountryInfo;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.Sentence;

/**
 * The entities one article names, and where: built by {@link MentionFinder}, read by the fact
 * extractors.
 */
public final class Mentions {
  private final AnnotatedText text;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<PersonCluster> clusters = new ArrayList<>();
  private final Map<EntityRef, EntityDraft> drafts = new LinkedHashMap<>();
  private final List<PendingPlace> pendingPlaces = new ArrayList<>();
  private final Gazetteer gazetteer;
  private final LocalDate published;

  /** A LOCATION mention, resolved in {@link #finish} once the article's countries are known. */
  private record PendingPlace(int sentence, int first, int last, String surface) {}

  private final ArticleOrganisations orgs = new ArticleOrganisations();

  Mentions(AnnotatedText text, Gazetteer gazetteer, LocalDate published) {
    this.text = text;
    this.gazetteer = gazetteer;
    this.published = published;
  }

  /**
   * The state that held a country's land when the article was written: "Moscow" in 1987 news acts
   * for the Soviet Union ({@link Gazetteer#stateOn}).
   */
  public String stateOf(String iso2) {
    return gazetteer.stateOn(iso2, published);
  }

  /** The article's date, or {@code null} when unknown (today's states and capitals). */
  LocalDate published() {
    return published;
  }

  public String text() {
    return text.text();
  }

  public AnnotatedText annotated() {
    return text;
  }

  public List<PersonCluster> clusters() {
    return clusters;
  }

  /** All mentions in text order (after {@link #finish}). */
  public List<Mention> all() {
    return mentions;
  }

  public Optional<Mention> at(int sentence, int token) {
    for (Mention m : mentions) {
      if (m.covers(sentence, token)) {
        return Optional.of(m);
      }
    }
    for (PersonCluster c : clusters) {
      for (int[] p : c.places) {
        if (p[0] == sentence && p[1] <= token && token <= p[2]) {
          return Optional.of(
              new Mention(
                  p[0], p[1], p[2], span(p[0], p[1], p[2]), c.ref == null ? placeholder() : c.ref));
        }
      }
    }
    return Optional.empty();
  }

  private static EntityRef placeholder() {
    return new EntityRef(EntityKind.PERSON, "pending");
  }

  public PersonCluster cluster(EntityRef ref) {
    for (PersonCluster c : clusters) {
      if (ref.equals(c.ref)) {
        return c;
      }
    }
    return null;
  }

  /** The person a name span refers to: a person mention inside it, or a known surname ("PENCE"). */
  public Optional<EntityRef> speakerNamed(Span name, String text) {
    for (Mention m : mentions) {
      if (m.ref().kind() == EntityKind.PERSON && name.contains(m.span())) {
        return Optional.of(m.ref());
      }
    }
    String[] words = name.of(text).trim().split("\\s+");
    return personWithSurname(words[words.length - 1]).map(c -> c.ref);
  }

  /** "male", "female" or "" for a person ({@link PersonCluster#gender}). */
  String genderOf(EntityRef ref) {
    PersonCluster c = cluster(ref);
    return c == null ? "" : c.gender(text);
  }

  public EntityDraft draft(EntityRef ref) {
    return drafts.get(ref);
  }

  void addCountry(int sentence, int first, int last, CountryInfo c, String surface) {
    EntityRef ref = new EntityRef(EntityKind.COUNTRY, c.iso2());
    EntityDraft d = drafts.computeIfAbsent(ref, r -> EntityDraft.country(r, c));
    d.altLabels.add(surface);
    mentions.add(new Mention(sentence, first, last, span(sentence, first, last), ref));
  }

  void addPlace(int sentence, int first, int last, String surface) {
    pendingPlaces.add(new PendingPlace(sentence, first, last, surface));
  }

  void addOrganization(int sentence, int first, int last, String surface) {
    add(sentence, first, last, orgs.nameOf(surface));
  }

  private void add(int sentence, int first, int last, String name) {
    orgs.named(sentence, first, last, name)
        .ifPresent(
            n -> {
              EntityDraft d = drafts.computeIfAbsent(n.ref(), r -> new EntityDraft(r, n.label()));
              d.altLabels.addAll(n.otherNames());
              mentions.add(
                  new Mention(sentence, first, last, span(sentence, first, last), n.ref()));
            });
  }

  /** An organisation named here by another name: its abbreviation, say. */
  void addOrganization(int sentence, int first, int last, String label, String alias) {
    orgs.alias(label, alias);
    addOrganization(sentence, first, last, label);
  }

  /**
   * Keys the organisations found so far by all the names the article gives them ({@link OrgNames});
   * organisations added later join these.
   */
  void resolveOrganizations() {
    for (ArticleOrganisations.Pending o : orgs.resolve()) {
      add(o.sentence(), o.first(), o.last(), o.name());
    }
  }

  /** The organisation names found so far, before {@link #resolveOrganizations}. */
  Set<String> pendingOrganizationNames() {
    return orgs.pendingNames();
  }

  /**
   * Whether a name tagged as a person or place is one of the article's organisations, by the same
   * core name ("Dayton Hudson" for "Dayton Hudson Corp"; not "North Carolina" for "North Carolina
   * State Board of Elections").
   */
  boolean namesOrganization(String surface) {
    return orgs.names(surface);
  }

  /**
   * The organisation name a name NER tagged as a person stands for: "Dart" in an article about
   * "Dart Group Corp" ({@link OrgNames#standsForPerson}).
   */
  Optional<String> organizationForPerson(String surface) {
    return orgs.standsForPerson(surface);
  }

  void addPerson(int sentence, int first, int last, String label, List<String> parts) {
    PersonCluster target = null;
    String f = parts.size() > 1 ? Names.fold(parts.get(0)) : "";
    String sur = Names.fold(parts.get(parts.size() - 1));
    for (PersonCluster c : clusters) {
      boolean fits =
          parts.size() > 1
              ? c.acceptsFull(f, sur) || c.sharesNameTail(parts)
              : c.acceptsSingle(sur);
      // A surname alone is the person the article named first with it: news names the lesser of
      // two Clintons in full ("her husband, Bill Clinton") and the main one by surname.
      if (fits
          && (target == null
              || (parts.size() > 1
                  ? c.latestPlace() > target.latestPlace()
                  : c.earliestPlace() < target.earliestPlace()))) {
        target = c;
      }
    }
    if (target == null) {
      target = new PersonCluster(label, parts);
      clusters.add(target);
    } else if (parts.size() > 1) {
      target.upgrade(label, parts);
    }
    addToCluster(target, sentence, first, last, label);
  }

  /** Joins names only ever introduced by "born" to the article's main person. */
  void mergeBirthNames() {
    PersonCluster.mergeBirthNames(clusters, text);
  }

  void addToCluster(PersonCluster c, int sentence, int first, int last, String surface) {
    c.places.add(new int[] {sentence, first, last});
    c.variants.add(surface);
  }

  /** Resolves places against the countries the article names, and lays out person mentions. */
  public void finish() {
    Set<String> countries = new LinkedHashSet<>();
    drafts.keySet().stream()
        .filter(r -> r.kind() == EntityKind.COUNTRY)
        .forEach(r -> countries.add(r.key()));
    demotePersonsNamedLikePlaces();
    for (PendingPlace p : pendingPlaces) {
      // NER sometimes tags a surname as a place ("Macron").
      Optional<PersonCluster> person =
          p.surface().contains(" ") ? Optional.empty() : personWithSurname(p.surface());
      if (person.isPresent()) {
        addToCluster(person.get(), p.sentence(), p.first(), p.last(), p.surface());
      } else if (RoleWords.isOrganizationTaggedAsPlace(p.surface())
          || namesOrganization(p.surface())
          || OrganizationNames.namesGathering(p.surface())) {
        addOrganization(p.sentence(), p.first(), p.last(), p.surface());
      } else {
        addResolvedPlace(p.sentence(), p.first(), p.last(), p.surface(), countries);
      }
    }
    for (PersonCluster c : clusters) {
      EntityDraft d = drafts.computeIfAbsent(c.ref, r -> new EntityDraft(r, c.label));
      d.label = c.label;
      d.altLabels.addAll(c.variants);
      for (int[] p : c.places) {
        mentions.add(new Mention(p[0], p[1], p[2], span(p[0], p[1], p[2]), c.ref));
      }
    }
    mentions.sort(Comparator.comparing(Mention::span));
  }

  /**
   * "With Merrick Garland, President Obama made …": NER may tag a person's full name as a place in
   * one sentence and the surname as a person's in all the others. A name of two or three words
   * tagged as a place, which no city of the gazetteer has, whose last word is the surname of the
   * one person the article names by it, more often as a person than as a place, is that person's
   * full name.
   */
  void claimPersonsTaggedAsPlaces() {
    for (Iterator<PendingPlace> it = pendingPlaces.iterator(); it.hasNext(); ) {
      PendingPlace p = it.next();
      List<String> words = List.of(p.surface().split("\\s+"));
      String surname = words.get(words.size() - 1);
      if (words.size() < 2 || words.size() > 3 || !gazetteer.cities(p.surface()).isEmpty()) {
        continue;
      }
      Optional<PersonCluster> person = personWithSurname(surname);
      if (person.isEmpty()
          || person.get().hasFirstName() && !person.get().first.equals(Names.fold(words.get(0)))
          || person.get().places.size() <= placeMentionsEndingWith(surname)) {
        continue;
      }
      it.remove();
      addPerson(p.sentence(), p.first(), p.last(), p.surface(), words);
    }
  }

  private long placeMentionsEndingWith(String word) {
    return pendingPlaces.stream()
        .filter(p -> p.surface().equals(word) || p.surface().endsWith(" " + word))
        .count();
  }

  /**
   * "Maidan Wardak" tagged PERSON in one sentence and LOCATION in another is a place, unless NER
   * tags the name a person's more often than a place's.
   */
  private void demotePersonsNamedLikePlaces() {
    Map<String, Integer> placeNames = new HashMap<>();
    pendingPlaces.forEach(p -> placeNames.merge(p.surface(), 1, Integer::sum));
    List<PersonCluster> demoted =
        clusters.stream()
            .filter(c -> placeNames.getOrDefault(c.label, 0) >= c.places.size())
            .toList();
    for (PersonCluster c : demoted) {
      clusters.remove(c);
      for (int[] p : c.places) {
        Sentence s = text.sentences().get(p[0]);
        if (p[2] > p[1]) {
          pendingPlaces.add(
              new PendingPlace(
                  p[0],
                  p[1],
                  p[2],
                  text.text().substring(s.tokens().get(p[1]).begin(), s.tokens().get(p[2]).end())));
        }
      }
    }
  }

  /** The one person of the article with this surname, if exactly one has it. */
  private Optional<PersonCluster> personWithSurname(String word) {
    String folded = Names.fold(word);
    List<PersonCluster> hits = clusters.stream().filter(c -> c.surname.equals(folded)).toList();
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  private void addResolvedPlace(
      int sentence, int first, int last, String surface, Set<String> countries) {
    String label = surface.replaceAll("\\s+", " ");
    // a dateline in capitals ("BONN, March 15 -") names the city the gazetteer spells "Bonn"
    boolean capitals = label.length() > 2 && label.equals(label.toUpperCase(Locale.ROOT));
    Optional<CityInfo> city =
        gazetteer
            .city(label, countries)
            .or(
                () ->
                    capitals
                        ? gazetteer.city(Names.titleCase(label), countries)
                        : Optional.empty());
    EntityRef ref;
    EntityDraft draft;
    if (city.isEmpty()) {
      ref = new EntityRef(EntityKind.PLACE, Names.slug(label));
      draft = drafts.computeIfAbsent(ref, r -> new EntityDraft(r, label));
    } else {
      ref = new EntityRef(EntityKind.PLACE, city.get().geonamesId());
      boolean capital = gazetteer.capitalOn(city.get(), published);
      draft = drafts.computeIfAbsent(ref, r -> EntityDraft.city(r, city.get(), capital));
    }
    draft.altLabels.add(label);
    mentions.add(new Mention(sentence, first, last, span(sentence, first, last), ref));
  }

  Span span(int sentence, int first, int last) {
    Sentence s = text.sentences().get(sentence);
    return new Span(s.tokens().get(first).begin(), s.tokens().get(last).end());
  }

  /**
   * An entity the article implies without naming it (see {@link ImpliedEntities}): its draft,
   * created with the label on first use, and a mention of it by the given tokens.
   */
  EntityDraft implied(EntityRef ref, String label, int sentence, int first, int last) {
    EntityDraft d = drafts.computeIfAbsent(ref, r -> new EntityDraft(r, label));
    Mention m = new Mention(sentence, first, last, span(sentence, first, last), ref);
    if (!mentions.contains(m)) {
      mentions.add(m);
      mentions.sort(Comparator.comparing(Mention::span));
    }
    return d;
  }

  /** The entities in first-mention order, with what the article says about them. */
  public List<Entity> entities() {
    Map<EntityRef, Entity> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      out.computeIfAbsent(m.ref(), r -> drafts.get(r).build(cluster(r)));
    }
    return List.copyOf(out.values());
  }
}
