package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleWordsTest {
  @Test
  void titlesOfOneOfficeNameOneRole() {
    assertEquals("foreign minister", RoleWords.office("top diplomat"));
    assertEquals("foreign minister", RoleWords.office("foreign minister"));
    assertEquals("secretary-general", RoleWords.office("secretary general"));
  }

  @Test
  void onlyListedPhrasesAreTitles() {
    assertTrue(RoleWords.isRole("prime minister"));
    assertFalse(RoleWords.isRole("plumber"));
  }

  @Test
  void organisationsTaggedAsPlacesMatchAsWritten() {
    assertTrue(RoleWords.isOrganizationTaggedAsPlace("NATO"));
    assertFalse(RoleWords.isOrganizationTaggedAsPlace("nato"));
  }
}
