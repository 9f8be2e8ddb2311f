package org.w3id.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.entity.Overrides;

class PersonResolutionTest {
  private static PersonDescription d(String article, String label, String... roles) {
    return new PersonDescription(
        article,
        org.w3id.parley.extract.entity.Names.slug(label),
        label,
        Set.of(label),
        Set.of(roles),
        Set.of());
  }

  /** article/key -> person key, for comparing results. */
  private static Map<String, String> keys(List<PersonResolution.Person> persons) {
    Map<String, String> out = new TreeMap<>();
    for (PersonResolution.Person p : persons) {
      for (PersonDescription m : p.members()) {
        out.put(m.article() + "/" + m.key(), p.key());
      }
    }
    return out;
  }

  private static Map<String, String> resolve(List<PersonDescription> ds) {
    return keys(new PersonResolution(Overrides.none()).resolve(ds));
  }

  @Test
  void surnameAloneJoinsTheOnePersonWithThatSurnameWhicheverArticleCameFirst() {
    List<PersonDescription> ds = List.of(d("a", "Trump"), d("b", "Donald Trump"));
    assertEquals(Map.of("a/trump", "donald-trump", "b/donald-trump", "donald-trump"), resolve(ds));
    assertEquals(resolve(ds), resolve(List.of(ds.get(1), ds.get(0))));
  }

  @Test
  void surnameAloneStaysApartWhenTwoPersonsCarryIt() {
    Map<String, String> k =
        resolve(List.of(d("a", "Clinton"), d("b", "Bill Clinton"), d("c", "Hillary Clinton")));
    assertEquals("clinton", k.get("a/clinton"));
    assertEquals("bill-clinton", k.get("b/bill-clinton"));
    assertEquals("hillary-clinton", k.get("c/hillary-clinton"));
  }

  @Test
  void aSharedRoleDecidesBetweenTwoPersons() {
    Map<String, String> k =
        resolve(
            List.of(
                d("a", "Clinton", "secretary of state"),
                d("b", "Bill Clinton", "president"),
                d("c", "Hillary Clinton", "secretary of state")));
    assertEquals("hillary-clinton", k.get("a/clinton"));
  }

  @Test
  void anInitialJoinsTheOneFirstNameItCanStandFor() {
    Map<String, String> k =
        resolve(
            List.of(
                d("a", "D. Trump"),
                d("b", "Donald Trump"),
                d("c", "B. Clinton"),
                d("d", "Bill Clinton"),
                d("e", "Bob Clinton")));
    assertEquals("donald-trump", k.get("a/d-trump"));
    assertEquals("b-clinton", k.get("c/b-clinton"));
  }

  @Test
  void aMiddleInitialNoFirstNameStartsWithJoinsTheOneFullNameWithIt() {
    Map<String, String> k =
        resolve(
            List.of(
                d("a", "W. Bush"),
                d("b", "George W. Bush"),
                d("c", "J. Smith"),
                d("d", "Anna K. Smith"),
                d("e", "Paul K. Smith")));
    assertEquals("george-w-bush", k.get("a/w-bush"), "the W of George W. Bush");
    assertEquals("j-smith", k.get("c/j-smith"), "no first or middle name with a J");
    Map<String, String> two =
        resolve(List.of(d("a", "K. Smith"), d("d", "Anna K. Smith"), d("e", "Paul K. Smith")));
    assertEquals("k-smith", two.get("a/k-smith"), "two full names with that middle initial");
  }

  @Test
  void spellingsOfOneNameAreOnePerson() {
    Map<String, String> k =
        resolve(
            List.of(
                d("a", "Sergei Lavrov"),
                d("b", "Sergey Lavrov"),
                d("b2", "Lavrov"),
                d("c", "Volodymyr Zelenskyy"),
                d("d", "Volodymyr Zelensky")));
    assertEquals(k.get("a/sergei-lavrov"), k.get("b/sergey-lavrov"));
    assertEquals(k.get("a/sergei-lavrov"), k.get("b2/lavrov"));
    assertEquals(k.get("c/volodymyr-zelenskyy"), k.get("d/volodymyr-zelensky"));
  }

  @Test
  void theLabelIsTheFullestNameAndTheMostUsedAmongEquals() {
    List<PersonResolution.Person> persons =
        new PersonResolution(Overrides.none())
            .resolve(
                List.of(
                    d("a", "Trump"),
                    d("b", "Donald Trump"),
                    d("c", "Donald Trump"),
                    d("d", "Donald J. Trump")));
    assertEquals(1, persons.size());
    assertEquals("Donald J. Trump", persons.get(0).label());
    assertEquals("donald-j-trump", persons.get(0).key());
  }

  @Test
  void anUndoneMergeKeepsTheNameOut() {
    Overrides undone = Overrides.none().forbid("donald-trump", "Trump");
    Map<String, String> k =
        keys(
            new PersonResolution(undone).resolve(List.of(d("a", "Trump"), d("b", "Donald Trump"))));
    assertEquals("trump", k.get("a/trump"));
    assertEquals("donald-trump", k.get("b/donald-trump"));
  }

  @Test
  void twoPersonsWhoseNamesGiveOneSlugAreNumberedInLabelOrder() {
    Map<String, String> k = resolve(List.of(d("a", "Ann-Marie Smith"), d("b", "Ann Marie Smith")));
    assertEquals("ann-marie-smith", k.get("b/ann-marie-smith"));
    assertEquals("ann-marie-smith-2", k.get("a/ann-marie-smith"));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheArticles() {
    List<PersonDescription> ds = new ArrayList<>();
    String[] labels = {
      "Trump",
      "Donald Trump",
      "Donald J. Trump",
      "Clinton",
      "Bill Clinton",
      "Hillary Clinton",
      "B. Clinton",
      "H. Clinton",
      "Lavrov",
      "Sergey Lavrov",
      "Sergei Lavrov",
      "Smith",
      "John Smith",
      "Jane Smith",
      "J. Smith",
      "Smyth",
      "Ann-Marie Smith",
      "Ann Marie Smith"
    };
    for (int i = 0; i < labels.length; i++) {
      ds.add(
          d("art" + (i % 7), labels[i] + (i % 7 == 0 ? "" : ""), i % 3 == 0 ? "senator" : "mayor"));
    }
    // one article may not name one person twice: keep the first of each article/key
    Map<String, PersonDescription> unique = new TreeMap<>();
    ds.forEach(x -> unique.putIfAbsent(x.article() + "/" + x.key(), x));
    List<PersonDescription> base = new ArrayList<>(unique.values());
    Map<String, String> expected = resolve(base);
    Random random = new Random(13);
    for (int run = 0; run < 50; run++) {
      List<PersonDescription> shuffled = new ArrayList<>(base);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, resolve(shuffled));
    }
  }

  @Test
  void anArticleCannotDescribeTwoPersonsUnderOneKey() {
    assertThrows(
        IllegalArgumentException.class,
        () -> resolve(List.of(d("a", "Donald Trump"), d("a", "Donald Trump"))));
  }

  @Test
  void aSurnameAloneJoinsThePersonMostArticlesNameInFull() {
    List<PersonDescription> ds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ds.add(d("donald" + i, "Donald Trump"));
    }
    ds.add(d("melania", "Melania Trump"));
    ds.add(d("short", "Trump"));
    assertEquals("donald-trump", resolve(ds).get("short/trump"));
    ds.add(d("melania2", "Melania Trump"));
    assertEquals("donald-trump", resolve(ds).get("short/trump"), "6 articles against 2");
    ds.add(d("melania3", "Melania Trump"));
    assertEquals("trump", resolve(ds).get("short/trump"), "6 articles against 3 are too few");
  }

  @Test
  void aSurnameAloneDoesNotJoinAPersonWhoseSurnameIsATypoAway() {
    Map<String, String> k = resolve(List.of(d("a", "Steve Bannon"), d("b", "Barron")));
    assertEquals("barron", k.get("b/barron"));
  }

  @Test
  void amongSeveralThatShareTheRoleTheOneMostArticlesNameInFullIsTheSurnameAlone() {
    List<PersonDescription> ds = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ds.add(d("barack" + i, "Barack Obama", "president"));
    }
    ds.add(d("michelle", "Michelle Obama", "president"));
    ds.add(d("short", "Obama", "president"));
    assertEquals("barack-obama", resolve(ds).get("short/obama"));
  }

  /**
   * What a runner that spreads resolution over machines does: {@code unkeyed} on each block's
   * descriptions, {@code keyed} on each key family's persons.
   */
  private static List<PersonResolution.Person> blockByBlock(List<PersonDescription> ds) {
    Map<String, List<PersonDescription>> byBlock = new TreeMap<>();
    ds.forEach(
        x -> byBlock.computeIfAbsent(PersonResolution.block(x), k -> new ArrayList<>()).add(x));
    Map<String, List<PersonResolution.Person>> byFamily = new TreeMap<>();
    for (List<PersonDescription> block : byBlock.values()) {
      for (PersonResolution.Person p : new PersonResolution(Overrides.none()).unkeyed(block)) {
        byFamily
            .computeIfAbsent(PersonResolution.keyFamily(p.label()), k -> new ArrayList<>())
            .add(p);
      }
    }
    List<PersonResolution.Person> keyed = new ArrayList<>();
    byFamily.values().forEach(f -> keyed.addAll(PersonResolution.keyed(f)));
    keyed.sort(java.util.Comparator.comparing(PersonResolution.Person::key));
    return keyed;
  }

  @Test
  void resolvingBlockByBlockAndKeyingFamilyByFamilyGivesThePersonsOfResolvingAllAtOnce() {
    List<PersonDescription> ds = new ArrayList<>();
    String[] labels = {
      "Trump",
      "Donald Trump",
      "D. Trump",
      "Melania Trump",
      "Clinton",
      "Bill Clinton",
      "Hillary Clinton",
      "Sergei Lavrov",
      "Lavrov",
      "Lavorv",
      "Ann-Marie Smith",
      "Ann Marie Smith",
      "John Smith",
      "Smith",
      "Smyth",
      "Zelensky",
      "Volodymyr Zelenskyy",
      // three persons whose keys compete for "john-smith-2": a block of their own each
      "John Smith 2",
      "John-Smith"
    };
    for (int i = 0; i < labels.length; i++) {
      ds.add(d("art" + (i % 5), labels[i], i % 2 == 0 ? "senator" : "mayor"));
    }
    Map<String, PersonDescription> unique = new TreeMap<>();
    ds.forEach(x -> unique.putIfAbsent(x.article() + "/" + x.key(), x));
    List<PersonDescription> base = new ArrayList<>(unique.values());

    List<PersonResolution.Person> allAtOnce = new PersonResolution(Overrides.none()).resolve(base);
    assertEquals(allAtOnce, blockByBlock(base));
    Map<String, String> k = keys(allAtOnce);
    assertEquals("john-smith", k.get("art2/john-smith"));
    assertEquals("john-smith-2", k.get("art2/john-smith-2"), "the label John Smith 2");
    assertEquals("john-smith-3", k.get("art3/john-smith"), "the label John-Smith");
  }

  @Test
  void aKeyFamilyIsTheSlugWithoutTheNumbersAKeyMayEndIn() {
    assertEquals("john-smith", PersonResolution.keyFamily("John Smith"));
    assertEquals("john-smith", PersonResolution.keyFamily("John Smith 2"));
    assertEquals("john-smith", PersonResolution.keyFamily("John Smith 2 3"));
    assertEquals("2", PersonResolution.keyFamily("2"));
    assertEquals("t", PersonResolution.block(d("a", "Donald Trump")));
    assertEquals("e", PersonResolution.block(d("a", "Recep Tayyip Erdoğan")));
  }
}
