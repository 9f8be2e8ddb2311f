package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks about a deal name their other side in the deal ({@code deal-verbs.tsv}, {@code
 * deal-nouns.tsv}), on invented sentences through the real pipeline.
 */
class DealTalksIT {
  @Test
  void talksToBuyOrBeBoughtAreWithTheOtherSide() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp said it is in talks to be acquired by Bolt Inc."));
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp is negotiating to acquire Bolt Inc."));
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp said it has ended talks on being acquired by Bolt Inc."));
  }

  @Test
  void negotiatingASaleIsWithTheBuyer() {
    assertEquals(
        List.of(set("Acme", "Bolt Inc")),
        meetings("Acme said it was negotiating the sale of its unit to Bolt Inc."));
  }

  @Test
  void aDealAboutSharesNamesNoSide() {
    assertEquals(
        List.of(), meetings("Acme Corp discussed the purchase of Bolt Inc shares with analysts."));
  }

  @Test
  void talksWhoseSidesAreNamedKeepThemOverTheDealsAsset() {
    // Cobalt is what is bought, not a side: the talks are Bolt's and Acme's
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings(
            "Bolt Inc and Acme Corp have mutually agreed not to pursue further their talks on"
                + " Acme's possible purchase of Cobalt Gas Co."));
  }

  @Test
  void talksOnAcquiringATargetAreWithTheTarget() {
    // the parser reads "acquiring" as an adjective of the name
    assertEquals(
        List.of(set("Owl Inc", "Science Accessories Corp")),
        meetings("Science Accessories Corp said it has ended talks on acquiring Owl Inc."));
  }

  @Test
  void aNameWithAnAndInItIsOneSide() {
    assertEquals(
        List.of(set("Coast Savings", "Federal Savings and Loan Insurance Corp")),
        meetings(
            "Coast Savings said it is in talks with the Federal Savings and Loan Insurance Corp."));
  }

  @Test
  void reutersBracketsNeitherHideACompanyNorCutOffTheOneBeforeATicker() {
    assertEquals(
        List.of(set("Advanced Tobacco Products Inc", "Sterling Drug Inc")),
        meetings(
            "Advanced Tobacco Products Inc said it has ended talks on being acquired by Sterling"
                + " Drug Inc <STY>."));
    assertEquals(
        List.of(set("Bolt Inc", "Quintette Coals Ltd")),
        meetings("<Quintette Coals Ltd> of Canada said it held talks with Bolt Inc on Monday."));
  }

  @Test
  void whatIsSoldIsNotAcrossTheTableTheBuyerIs() {
    assertEquals(
        List.of(set("Exxon Corp", "Texaco Inc")),
        meetings("Texaco Inc is in talks to sell its Getty Oil unit to Exxon Corp."));
    assertEquals(
        List.of(set("Exxon Corp", "Texaco Inc")),
        meetings("Texaco Inc is negotiating the sale of Getty Oil Co to Exxon Corp."));
    assertEquals(
        List.of(),
        meetings(
            "American Express Co's board of directors Monday will discuss the company's"
                + " arrangement to sell Shearson."));
  }
}
