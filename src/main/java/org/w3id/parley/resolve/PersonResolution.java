package org.w3id.parley.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.w3id.parley.extract.entity.Names;
import org.w3id.parley.extract.entity.Overrides;

/**
 * Which articles' persons are one real person, decided from all of them at once, so that the same
 * articles give the same persons whatever order they come in and however many workers read them.
 *
 * <p>The rules, within a block of surnames that are spellings of one name (equal once folded, or a
 * typo apart in a long name, {@link Names#sameSurname}):
 *
 * <ul>
 *   <li>full names with the same first name are one person; an initial ("D. Trump") joins the one
 *       first name it can stand for, and stays apart when there are several ("B. Clinton" beside
 *       Bill and Hillary);
 *   <li>a surname alone ("Trump") joins the one person of the block with a first name; when there
 *       are several, the one sharing a role or a country with it; else it stays a person of its
 *       own, one for every article that names that surname alone;
 *   <li>an analyst's undone merge ({@link Overrides}) keeps a name out of a person.
 * </ul>
 *
 * A person's label is its fullest name (most words, then the one most articles use, then the
 * longest, then the first in alphabetical order) and its key that label's slug; two persons whose
 * labels give the same slug are told apart by a number, in the order of their labels and articles.
 * Nothing depends on the order of the input.
 *
 * <p>{@link #resolve} is {@link #unkeyed} then {@link #keyed}, and both parts can be run on parts
 * of the input, so that a runner that spreads resolution over machines (the Spark job) gets the
 * same persons and keys: {@code unkeyed} on each group of descriptions with one {@link #block},
 * then {@code keyed} on each group of the persons found with one {@link #keyFamily}.
 *
 * <pre>{@code
 * List<PersonResolution.Person> persons = new PersonResolution(overrides).resolve(descriptions);
 * }</pre>
 */
public final class PersonResolution {
  /**
   * One real person.
   *
   * @param key the store-wide key ({@code person/{key}}); empty before {@link #keyed}
   * @param label its fullest name
   * @param members the articles' persons it is, in article and key order
   */
  public record Person(String key, String label, List<PersonDescription> members)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Person {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a person of no article: " + label);
      }
    }
  }

  // A numbered key ("john-smith-2") ends in dash-digits; so may a label's own slug.
  private static final Pattern NUMBERED = Pattern.compile("(-[0-9]+)+$");

  private static final Comparator<PersonDescription> BY_ARTICLE =
      Comparator.comparing(PersonDescription::article).thenComparing(PersonDescription::key);

  private final Overrides overrides;

  public PersonResolution(Overrides overrides) {
    this.overrides = overrides;
  }

  /**
   * The persons the descriptions are, each description in exactly one, ordered by key: {@link
   * #keyed}({@link #unkeyed}(descriptions)).
   *
   * @throws IllegalArgumentException if an article describes two persons under one key
   */
  public List<Person> resolve(Collection<PersonDescription> descriptions) {
    return keyed(unkeyed(descriptions));
  }

  /**
   * The block a description falls in: its folded surname's first letter. Descriptions of different
   * blocks are never one person (the surname blocks within which persons are decided never span two
   * initials, since {@link Names#sameSurname} requires the same first letter), so {@code unkeyed}
   * of all descriptions is the union of {@code unkeyed} of each block's.
   */
  public static String block(PersonDescription d) {
    String surname = d.surname();
    return surname.isEmpty() ? "" : surname.substring(0, surname.offsetByCodePoints(0, 1));
  }

  /**
   * The persons the descriptions are, each description in exactly one, with their labels and
   * members but no keys yet ({@link Person#key()} is empty), in no particular order.
   *
   * @throws IllegalArgumentException if an article describes two persons under one key
   */
  public List<Person> unkeyed(Collection<PersonDescription> descriptions) {
    List<PersonDescription> all = new ArrayList<>(descriptions);
    all.sort(BY_ARTICLE);
    for (int i = 1; i < all.size(); i++) {
      if (BY_ARTICLE.compare(all.get(i - 1), all.get(i)) == 0) {
        throw new IllegalArgumentException(
            "article " + all.get(i).article() + " describes two persons as " + all.get(i).key());
      }
    }
    List<List<PersonDescription>> groups = new ArrayList<>();
    for (List<PersonDescription> block : SurnameBlocks.of(all)) {
      groups.addAll(withinBlock(block));
    }
    List<List<PersonDescription>> kept = new ArrayList<>();
    for (List<PersonDescription> g : groups) {
      kept.addAll(honourOverrides(g));
    }
    List<Person> persons = new ArrayList<>();
    for (List<PersonDescription> g : kept) {
      List<PersonDescription> members = new ArrayList<>(g);
      members.sort(BY_ARTICLE);
      persons.add(new Person("", labelOf(members), members));
    }
    return persons;
  }

  /** The persons of one surname block. */
  private static List<List<PersonDescription>> withinBlock(List<PersonDescription> block) {
    Set<String> firsts = new TreeSet<>();
    for (PersonDescription d : block) {
      if (d.first().length() > 1) {
        firsts.add(d.first());
      }
    }
    // The first names of those a middle initial stands for: "W. Bush" is George W. Bush when no
    // first name starts with a W and one full name has it in the middle.
    Map<String, Set<String>> byMiddle = new TreeMap<>();
    for (PersonDescription d : block) {
      List<String> words = d.words();
      if (d.first().length() > 1) {
        for (String middle : words.subList(1, Math.max(1, words.size() - 1))) {
          String m = Names.fold(middle);
          if (!m.isEmpty()) {
            byMiddle.computeIfAbsent(m.substring(0, 1), k -> new TreeSet<>()).add(d.first());
          }
        }
      }
    }
    Map<String, List<PersonDescription>> byFirst = new TreeMap<>();
    List<PersonDescription> alone = new ArrayList<>();
    for (PersonDescription d : block) {
      if (!d.full()) {
        alone.add(d);
        continue;
      }
      String given = d.first();
      List<String> fits = firsts.stream().filter(f -> f.startsWith(given)).toList();
      if (given.length() == 1 && fits.isEmpty()) {
        fits = List.copyOf(byMiddle.getOrDefault(given, Set.of()));
      }
      String first = given.length() == 1 && fits.size() == 1 ? fits.get(0) : given;
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(d);
    }
    List<List<PersonDescription>> persons = new ArrayList<>(byFirst.values());
    Map<String, List<PersonDescription>> surnameOnly = new TreeMap<>();
    for (PersonDescription d : alone) {
      List<List<PersonDescription>> fit = candidates(persons, d);
      if (fit.size() == 1) {
        fit.get(0).add(d);
      } else {
        surnameOnly.computeIfAbsent(d.surname(), k -> new ArrayList<>()).add(d);
      }
    }
    persons.addAll(surnameOnly.values());
    return persons;
  }

  /**
   * The persons a surname alone may be: those whose surname it is exactly (a typo apart is too
   * little to go on without a first name: "Maureen" is not Mike Maturen, "Barron" not Steve
   * Bannon); among several, those that share a role or a country with it, if any; among several
   * still, the one most articles name in full, if they are at least three and three times as many
   * as for any other ("Trump" beside Donald, Melania and Ivanka Trump).
   */
  private static List<List<PersonDescription>> candidates(
      List<List<PersonDescription>> persons, PersonDescription d) {
    List<List<PersonDescription>> exact =
        persons.stream()
            .filter(p -> p.stream().anyMatch(m -> m.surname().equals(d.surname())))
            .toList();
    List<List<PersonDescription>> fit = exact;
    if (fit.size() <= 1) {
      return fit;
    }
    List<List<PersonDescription>> agreeing = fit.stream().filter(p -> agrees(p, d)).toList();
    if (!agreeing.isEmpty()) {
      fit = agreeing;
    }
    if (fit.size() == 1) {
      return fit;
    }
    List<List<PersonDescription>> byArticles =
        fit.stream().sorted(Comparator.comparingInt(p -> -articles(p))).toList();
    int most = articles(byArticles.get(0));
    int next = articles(byArticles.get(1));
    return most >= 3 && most >= 3 * next ? List.of(byArticles.get(0)) : List.of();
  }

  /** How many articles name the person in full (surnames alone that joined it not counted). */
  private static int articles(List<PersonDescription> person) {
    return (int)
        person.stream()
            .filter(PersonDescription::full)
            .map(PersonDescription::article)
            .distinct()
            .count();
  }

  /** Whether a person shares a role or a country with a description. */
  private static boolean agrees(List<PersonDescription> person, PersonDescription d) {
    for (PersonDescription m : person) {
      if (m.roles().stream().anyMatch(d.roles()::contains)
          || m.represents().stream().anyMatch(d.represents()::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person without the names an analyst undid for its key: each such name becomes a person of its
   * own (one per name, whichever articles use it).
   */
  private List<List<PersonDescription>> honourOverrides(List<PersonDescription> person) {
    if (overrides.isEmpty()) {
      return List.of(person);
    }
    List<List<PersonDescription>> out = new ArrayList<>();
    List<PersonDescription> rest = new ArrayList<>(person);
    while (rest.size() > 1) {
      String key = Names.slug(labelOf(rest));
      Map<String, List<PersonDescription>> undone = new TreeMap<>();
      for (PersonDescription d : rest) {
        if (overrides.forbids(key, d.label())) {
          undone.computeIfAbsent(Names.fold(d.label()), k -> new ArrayList<>()).add(d);
        }
      }
      if (undone.isEmpty() || undone.values().stream().mapToInt(List::size).sum() == rest.size()) {
        break;
      }
      undone.values().forEach(rest::removeAll);
      out.addAll(undone.values());
    }
    out.add(0, rest);
    return out;
  }

  /**
   * The fullest name: most words, then the label most members give, then the longest, then the
   * first in alphabetical order.
   */
  static String labelOf(List<PersonDescription> person) {
    Map<String, Integer> counts = new HashMap<>();
    for (PersonDescription d : person) {
      counts.merge(d.label(), 1, Integer::sum);
    }
    return counts.keySet().stream()
        .min(
            Comparator.<String>comparingInt(l -> -l.trim().split("\\s+").length)
                .thenComparingInt(l -> -counts.get(l))
                .thenComparingInt(l -> -l.length())
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  /**
   * The part of a key that two persons' keys can only be equal if they share: the label's slug
   * without the numbers a key may end in ("john-smith" for "John Smith", for the key "john-smith-2"
   * and for a label "John Smith 2"). {@code keyed} of all persons is the union of {@code keyed} of
   * each family's.
   */
  public static String keyFamily(String label) {
    String root = NUMBERED.matcher(Names.slug(label)).replaceFirst("");
    return root.isEmpty() ? Names.slug(label) : root;
  }

  /**
   * Keys for persons found by {@link #unkeyed}: each label's slug, and when that is taken, the slug
   * numbered from 2 up, given in the order of the labels, then of the first member's article and
   * key. The persons, keyed, ordered by key.
   */
  public static List<Person> keyed(Collection<Person> persons) {
    List<Person> unkeyed = new ArrayList<>(persons);
    unkeyed.sort(
        Comparator.comparing(Person::label)
            .thenComparing(p -> p.members().get(0).article())
            .thenComparing(p -> p.members().get(0).key()));
    Set<String> taken = new HashSet<>();
    Map<String, Person> byKey = new TreeMap<>();
    for (Person p : unkeyed) {
      String base = Names.slug(p.label());
      String key = base;
      for (int n = 2; !taken.add(key); n++) {
        key = base + "-" + n;
      }
      byKey.put(key, new Person(key, p.label(), p.members()));
    }
    return List.copyOf(byKey.values());
  }
}
