package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void transliterationVariantsFoldAlike() {
    assertEquals(Names.fold("Sergei"), Names.fold("Sergey"));
    assertEquals(Names.fold("Zelensky"), Names.fold("Zelenskyy"));
    assertEquals(Names.fold("Matovič"), Names.fold("Matovic"));
  }

  @Test
  void misspelledSurnameIsTheSameSurname() {
    assertTrue(Names.sameSurname(Names.fold("Mntasakanyan"), Names.fold("Mnatsakanyan")));
    assertTrue(Names.sameSurname(Names.fold("Mammadyarov"), Names.fold("Mamedyarov")));
  }

  @Test
  void shortOrDifferentSurnamesStayApart() {
    assertFalse(Names.sameSurname(Names.fold("Aliyev"), Names.fold("Alimov")));
    assertFalse(Names.sameSurname(Names.fold("Kim"), Names.fold("Kin")));
    assertFalse(Names.sameSurname(Names.fold("Lavrov"), Names.fold("Pavlov")));
  }

  @Test
  void firstNamesMustAgreeOrBeAnInitial() {
    assertTrue(Names.compatibleFirst("ilham", "ilham"));
    assertTrue(Names.compatibleFirst("i", "ilham"));
    assertTrue(Names.compatibleFirst("", "ilham"));
    assertFalse(Names.compatibleFirst("heidar", "ilham"));
  }

  @Test
  void slugsAreAsciiAndHyphenated() {
    assertEquals("sergey-lavrov", Names.slug("Sergey Lavrov"));
    assertEquals("igor-matovic", Names.slug("Igor Matovič"));
    assertEquals("osce-minsk-group", Names.slug("OSCE Minsk Group"));
  }
}
