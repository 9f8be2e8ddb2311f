package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parties by their other names, and the conventions named for them (party-names.tsv). */
class PartyNamesTest {
  @Test
  void otherNamesAndConventionsNameTheParty() {
    assertEquals(Optional.of("Republican Party"), PartyNames.of("GOP"));
    assertEquals(Optional.of("Democratic Party"), PartyNames.of("Democrats"));
    assertEquals(Optional.of("Democratic Party"), PartyNames.of("Democratic National Convention"));
    assertEquals(
        Optional.of("Libertarian Party"), PartyNames.of("Libertarian National Convention"));
    assertEquals(
        Optional.of("Constitution Party"),
        PartyNames.of("2020 Constitution Party National Convention"));
    assertEquals(Optional.of("Labour Party"), PartyNames.of("Labour Party Conference"));
  }

  @Test
  void otherNamesAreNoParties() {
    assertEquals(Optional.empty(), PartyNames.of("Geneva Convention"));
    assertEquals(Optional.empty(), PartyNames.of("Sunshine Summit"));
    assertEquals(Optional.empty(), PartyNames.of("gop"));
    assertEquals(Optional.empty(), PartyNames.of("Democratic Republic of the Congo"));
  }

  @Test
  void aPartyIsListedOrNamedAsOne() {
    assertTrue(PartyNames.isParty("Republican Party"));
    assertTrue(PartyNames.isParty("Republican Party of Wyoming"));
    assertTrue(PartyNames.isParty("Life and Liberty Party"));
    assertFalse(PartyNames.isParty("South Carolina Tea Party Coalition"));
    assertFalse(PartyNames.isParty("International Coffee Organization"));
  }
}
