package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AngleBracketsTest {
  @Test
  void aBracketedCompanyKeepsItsNameAndATickerAfterANameGoes() {
    String text = "<Quintette Coals Ltd> of Canada talked to Sterling Drug Inc <STY> on Monday.";
    String masked = AngleBrackets.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals(
        " Quintette Coals Ltd  of Canada talked to Sterling Drug Inc       on Monday.", masked);
    assertEquals(
        "bid by Woolworth Holdings Plc          during talks",
        AngleBrackets.mask("bid by Woolworth Holdings Plc <WLUK.L> during talks"));
  }

  @Test
  void aTickerBeforeACapitalisedWordStaysToEndTheNameBeforeIt() {
    String headline = "HUGHES TOOL <HT> BOARD APPROVES PACT";
    assertEquals(headline, AngleBrackets.mask(headline));
  }

  @Test
  void anAbbreviationInBracketsAfterAnOrdinaryWordIsAName() {
    assertEquals(
        "talks with  FECSA  on Monday", AngleBrackets.mask("talks with <FECSA> on Monday"));
  }

  @Test
  void twoBracketedRunsInARowAreEachMasked() {
    assertEquals(" FECSA   ENHER  agreed", AngleBrackets.mask("<FECSA> <ENHER> agreed"));
    assertEquals("Acme Corp\n Owl Inc  said", AngleBrackets.mask("Acme Corp\n<Owl Inc> said"));
  }

  @Test
  void textWithoutBracketsIsUnchanged() {
    String text = "Sergey Lavrov met Ilham Aliyev; 3 < 4 and 5 > 2.";
    assertEquals(text, AngleBrackets.mask(text));
  }
}
