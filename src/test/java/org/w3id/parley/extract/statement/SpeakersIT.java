package org.w3id.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityKind;

/**
 * Who speaks, on invented articles through the real CoreNLP pipeline: roles and descriptions the
 * article gave its persons, organisations by their abbreviation or by a word of their name, texts
 * that speak for their author, and countries.
 */
class SpeakersIT {
  private static String speakerOf(String text, String content) {
    return new Extracted(text).speakerOf(content);
  }

  @Test
  void aRoleNounSpeaksForThePersonTheArticleGaveThatRole() {
    String text =
        "Maria Lopez, the harbour commissioner, opened the meeting on Monday.\n\n"
            + "The commissioner said, “We will not let the ferry line close.”";
    assertEquals("Maria Lopez", speakerOf(text, "We will not let"));
  }

  @Test
  void aRoleNounOfAnotherCountryIsThatCountrysOfficeHolderNotTheArticlesOtherHolder() {
    String text =
        "President Ann Lee of Ghana opened the summit in Accra on Monday.\n\n"
            + "The French president said, “We will not sign this treaty.”";
    assertEquals("President of France", speakerOf(text, "We will not sign"));
  }

  @Test
  void anHonorificGivesTheGenderAPronounMustAgreeWith() {
    // Neither first name is in CoreNLP's lists: only "Mrs." and "Mr." tell who "she" is.
    String text =
        "Mrs. Zorna Aldwin met Mr. Quillon Barret in Berlin on Monday.\n\n"
            + "Barret spoke first. “The talks went well,” she said.";
    assertEquals("Zorna Aldwin", speakerOf(text, "The talks went well"));
  }

  @Test
  void aNameBeforeAPluralIsNotTheSpeaker() {
    String text =
        "Hillary Clinton spoke in Des Moines on Monday.\n\n"
            + "Clinton aides said the campaign would spend more in Ohio.\n\n"
            + "Trump's doctors said the president was feeling well.";
    assertEquals("", speakerOf(text, "the campaign would"));
    assertEquals("", speakerOf(text, "the president was"));
  }

  @Test
  void aNameSetOffByCommasBeforeTheVerbSpeaksWhenTheParserHungItElsewhere() {
    String text =
        "Speaking to Agence France-Presse, the president of the Harbour Workers League, Jamel"
            + " Msallem, said, \"We are for the new ferry, but today the drivers have nothing left"
            + " to lose\".";
    assertEquals("Jamel Msallem", speakerOf(text, "We are for the new ferry"));
  }

  @Test
  void aNameSetOffBeforeAParticipleIsNotItsSpeaker() {
    String text =
        "The mayor wrote a letter to the league's president, Jamel Msallem, calling the strike"
            + " \"a disgrace to the town and to every worker in it\".";
    assertTrue(!speakerOf(text, "a disgrace to the town").equals("Jamel Msallem"));
  }

  @Test
  void aTitleBeforeTheNameDescribesThePersonToo() {
    String text =
        "The plan was criticised by archbishop Jorge Mendez on Sunday. Calling it a disgrace, the"
            + " archbishop said “We need to pray for the people of this harbour town.”";
    assertEquals("Jorge Mendez", speakerOf(text, "We need to pray"));
  }

  @Test
  void anOrganisationAnswersToItsAbbreviationAndIsOneNode() {
    String text =
        "The Syrian Democratic Forces (SDF) took the town on Monday.\n\n"
            + "The SDF said the fighting had ended and that civilians could return home.";
    ArticleFacts facts = new Extracted(text).facts;
    List<Entity> orgs =
        facts.entities().stream().filter(e -> e.ref().kind() == EntityKind.ORGANIZATION).toList();
    assertEquals(1, orgs.size(), orgs.toString());
    assertEquals("Syrian Democratic Forces", orgs.get(0).label());
    assertTrue(orgs.get(0).altLabels().contains("SDF"), orgs.get(0).altLabels().toString());
    assertEquals("Syrian Democratic Forces", speakerOf(text, "the fighting had ended"));
  }

  @Test
  void theCouncilIsTheOneOrganisationWhoseNameHasThatWord() {
    String text =
        "The Harbour Council of Westport approved a new ferry line on Tuesday.\n\n"
            + "The council said the first boat would sail in June.";
    assertEquals("Harbour Council of Westport", speakerOf(text, "the first boat"));
  }

  @Test
  void aNoticeSpeaksForItsAuthor() {
    String text =
        "The Recording Industry Association of America sent GitHub a notice on Friday. The"
            + " association's notice claimed “the software was designed to get around the"
            + " protections of streaming services.”";
    assertEquals(
        "Recording Industry Association of America", speakerOf(text, "the software was designed"));
  }

  @Test
  void aCountryIsAFirstClassSpeaker() {
    String text = "Russia said on Monday that the talks in Geneva would continue next week.";
    assertEquals("Russia", speakerOf(text, "the talks in Geneva"));
  }

  @Test
  void anInvertedTweetNamesItsAuthor() {
    String text = "“We will not give up on this harbour town,” tweeted Mayor Anna Berg on Monday.";
    assertEquals("Anna Berg", speakerOf(text, "We will not give up"));
  }
}
