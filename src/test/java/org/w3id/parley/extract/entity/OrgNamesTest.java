package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which names of one article are one organisation. */
class OrgNamesTest {
  @Test
  void aLegalSuffixOrALongerNameOfSeveralWordsIsTheSameCompany() {
    OrgNames n =
        new OrgNames(
            List.of("Texaco Inc", "Texaco", "Morgan Grenfell", "Morgan Grenfell Group Plc"));
    assertEquals(n.keyOf("Texaco Inc"), n.keyOf("Texaco"));
    assertEquals(n.keyOf("Morgan Grenfell Group Plc"), n.keyOf("Morgan Grenfell"));
    assertEquals("Morgan Grenfell Group Plc", n.labelOf("Morgan Grenfell"));
  }

  @Test
  void oneWordIsTheCompanyWhoseOtherWordsAreItsLineOfBusiness() {
    OrgNames n =
        new OrgNames(List.of("Compaq Computer Corp", "Compaq", "Toyota Motor Corp", "Toyota"));
    assertEquals(n.keyOf("Compaq Computer Corp"), n.keyOf("Compaq"));
    assertEquals("Compaq Computer Corp", n.labelOf("Compaq"));
    assertEquals(n.keyOf("Toyota Motor Corp"), n.keyOf("Toyota"));
  }

  @Test
  void oneWordStaysItselfBesideABodyNamedAfterIt() {
    OrgNames n =
        new OrgNames(
            List.of(
                "Ford",
                "Ford Foundation",
                "OSCE",
                "OSCE Minsk Group",
                "Harvard",
                "Harvard Business School"));
    assertNotEquals(n.keyOf("Ford Foundation"), n.keyOf("Ford"));
    assertNotEquals(n.keyOf("OSCE Minsk Group"), n.keyOf("OSCE"));
    assertNotEquals(n.keyOf("Harvard Business School"), n.keyOf("Harvard"));
    // two companies it could be: neither
    OrgNames two = new OrgNames(List.of("Acme", "Acme Steel", "Acme Chemicals"));
    assertNotEquals(two.keyOf("Acme Steel"), two.keyOf("Acme"));
    assertNotEquals(two.keyOf("Acme Chemicals"), two.keyOf("Acme"));
  }

  @Test
  void aNameTaggedAsAPersonIsTheCompanyItBeginsWhenTheRestIsItsLineOfBusiness() {
    OrgNames n =
        new OrgNames(
            List.of("Dart Group Corp", "Mark IV Industries Inc", "Clinton Foundation", "Texaco"));
    assertEquals(Optional.of("Dart Group Corp"), n.standsForPerson("Dart"));
    assertEquals(Optional.of("Mark IV Industries Inc"), n.standsForPerson("Mark IV"));
    assertEquals(Optional.of("Texaco"), n.standsForPerson("Texaco"));
    assertEquals(Optional.empty(), n.standsForPerson("Clinton"));
    OrgNames two = new OrgNames(List.of("Acme Steel", "Acme Chemicals"));
    assertEquals(Optional.empty(), two.standsForPerson("Acme"));
  }

  @Test
  void capitalsAreTheInitialsOfTheOneNameTheyFit() {
    OrgNames n = new OrgNames(List.of("Hewlett-Packard", "HP", "General Motors Corp", "GM"));
    assertEquals(n.keyOf("Hewlett-Packard"), n.keyOf("HP"));
    assertEquals(n.keyOf("General Motors Corp"), n.keyOf("GM"));
    assertEquals("General Motors Corp", n.labelOf("GM"));
    // initials that fit two names
    OrgNames two = new OrgNames(List.of("GM", "General Motors", "Global Mining"));
    assertNotEquals(two.keyOf("General Motors"), two.keyOf("GM"));
    assertNotEquals(two.keyOf("Global Mining"), two.keyOf("GM"));
  }
}
