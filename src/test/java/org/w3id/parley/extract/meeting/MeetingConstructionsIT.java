package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.Extraction;

/**
 * Common ways news reports a meeting, on invented sentences through the real CoreNLP pipeline:
 * calls made to talk (told apart from calls on someone to act), a meeting verb read as a noun, two
 * parties that speak by telephone or shake hands, a visit paid to a person, an appearance alongside
 * someone, and an organisation's "it".
 */
class MeetingConstructionsIT {
  @Test
  void aCallToDiscussIsACallEvenWhenTheParserTakesItsDayForAParticle() {
    String text = "Maria Lopez called Hans Weber on Tuesday to discuss the crisis.";
    assertEquals(List.of(set("Hans Weber", "Maria Lopez")), meetings(text));
    assertEquals(
        MeetingMode.CALL, Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().get(0).mode());
  }

  @Test
  void aCallIsACallWhateverTheCallerDoesOnItButASummonsIsNot() {
    // what the caller does on the line (learns, urges, warns) makes a call; "to testify" a summons
    String text =
        "Maria Lopez said she called Hans Weber earlier this month to learn more about his"
            + " argument.";
    assertEquals(List.of(set("Hans Weber", "Maria Lopez")), meetings(text));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez called Hans Weber on Friday to urge him to vote for the bill."));
    assertEquals(
        List.of(), meetings("The committee chairman Maria Lopez called Hans Weber to testify."));
  }

  @Test
  void oneReachedOutToIsTalkedTo() {
    // a verb with its particle ("reach out") and a "to" counterpart (triggers.tsv: with+to)
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Senator Maria Lopez said she had reached out to Hans Weber about the need for"
                + " unity."));
    assertEquals(List.of(), meetings("Maria Lopez reached out to voters in Ohio."));
    assertEquals(List.of(), meetings("Maria Lopez reached an agreement with Hans Weber."));
  }

  @Test
  void aCallAndAMeetingFaceToFaceOfTheSamePartiesAreTwoMeetings() {
    String text =
        "In May 2001, Maria Lopez met the Acme Corp board at its headquarters in Boston.\n\n"
            + "One Sunday in late 2001, Lopez called half a dozen Acme Corp directors, asking each"
            + " for a yes-no answer.";
    List<MeetingMode> modes =
        Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().stream()
            .map(Meeting::mode)
            .sorted()
            .toList();
    assertEquals(List.of(MeetingMode.IN_PERSON, MeetingMode.CALL), modes);
  }

  @Test
  void meetingsOfTheSamePartiesInDifferentMonthsAreTwo() {
    String text =
        "In May 2001, Maria Lopez met the Acme Corp board at its headquarters in Boston.\n\n"
            + "At 2 p.m. on the last Friday in August, Lopez and the Acme Corp board convened at the"
            + " office of a law firm to read the agreement.\n\n"
            + "In May, Lopez had also met the Acme Corp board to discuss the terms.";
    assertEquals(
        List.of(set("Acme Corp", "Maria Lopez"), set("Acme Corp", "Maria Lopez")), meetings(text));
  }

  @Test
  void howAPurposeClauseIsDoneIsNotHowThePartiesMeet() {
    // The parser hangs "to prepare" on the debate: "virtually" is how Biden prepares.
    String text =
        "The first presidential debate between Donald Trump and Joe Biden is planned for September"
            + " 29 in Cleveland.\n\n"
            + "Biden left the campaign trail a few days before the debate to prepare both virtually"
            + " and in-person at his Delaware house.";
    assertEquals(
        List.of(MeetingMode.IN_PERSON),
        Extraction.of(text, LocalDate.of(2020, 9, 20)).meetings().stream()
            .map(Meeting::mode)
            .toList());
  }

  @Test
  void whomOneTellsAtTheStartOrEndOfAMeetingIsAtIt() {
    assertEquals(
        List.of(set("Anna Kraus", "Joe Smith")),
        meetings(
            "Anna Kraus said she had told Joe Smith at the beginning of the meeting that the deal"
                + " was dead."));
    // On the sidelines of a summit, the meeting the verb names is the one.
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez met Hans Weber on the sidelines of the summit in Lima."));
  }

  @Test
  void aCallOnSomeoneToActOrOneOnlyToBeToldIsNoMeeting() {
    assertEquals(List.of(), meetings("Maria Lopez called on Hans Weber to resign."));
    assertEquals(
        List.of(),
        meetings("Maria Lopez said she called Hans Weber only to be told that he was away."));
  }

  @Test
  void afterMeetingWithSomeoneIsAMeetingOfTheClausesSubject() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Maria Lopez told reporters after meeting with Hans Weber that the talks went well."));
  }

  @Test
  void twoPartiesThatSpeakByTelephoneOrShakeHandsMeet() {
    String text = "Maria Lopez and Hans Weber spoke by telephone on Friday.";
    assertEquals(List.of(set("Hans Weber", "Maria Lopez")), meetings(text));
    assertEquals(
        MeetingMode.CALL, Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().get(0).mode());
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez and Hans Weber shook hands at the start of the summit."));
    assertEquals(
        List.of(), meetings("Maria Lopez and Hans Weber spoke at rallies in Ohio on Friday."));
  }

  @Test
  void whomOneSpokeWithBeforeTheSourceIsTheCounterpartThoughTheParserGivesItToTheSource() {
    // the parser hangs "with Abe" on "said"
    String text =
        "Donald Trump spoke by telephone with Japanese Prime Minister Shinzo Abe, the White"
            + " House said.";
    assertEquals(List.of(set("Donald Trump", "Shinzo Abe")), meetings(text));
    assertEquals(
        MeetingMode.CALL, Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings().get(0).mode());
  }

  @Test
  void whomOneTellsWithoutThatIsToldThoughTheParserHangsItInsideWhatIsTold() {
    // the parser makes the conference an unlabelled dependent of "bit"
    assertEquals(
        List.of(set("Export-Import Bank", "Robert Ortner")),
        meetings(
            "Robert Ortner told an Export-Import Bank conference the yen is still a little bit"
                + " undervalued."));
    assertEquals(List.of(), meetings("Hans Weber told reporters the yen is still undervalued."));
  }

  @Test
  void whoIsDescribedByARelativeClauseIsTheSubjectThoughTheParserTakesWhoForIt() {
    // the parser makes "who" the subject of "spoke" and "spoke" a dependent of the name
    assertEquals(
        List.of(set("European Coffee Federation", "Frits van Horick")),
        meetings(
            "Frits van Horick, who is a council member of the European Coffee Federation, spoke at"
                + " the annual meeting."));
  }

  @Test
  void whatAMeetingIsForIsThatMeetingNotASecondOneAmongThoseMet() {
    // the parser makes those met the subjects of "to discuss"
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez", "Paul Ross")),
        meetings(
            "Finance Minister Hans Weber met President Maria Lopez and Ambassador Paul Ross to"
                + " discuss the issue."));
  }

  @Test
  void whoGoesSomewhereDoesWhatTheGoingIsFor() {
    // the parser takes the place for who meets, as after "persuaded Kyiv to"
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber visited Bonn to discuss trade with Maria Lopez."));
    List<Set<String>> found = meetings("Hans Weber visited Berlin to meet Maria Lopez.");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).containsAll(set("Hans Weber", "Maria Lopez")), found::toString);
    // a visit for talks about something, with no one named for them, is the visit's (Bonn, the
    // capital in 1987)
    assertEquals(
        List.of(set("DE", "Hans Weber")), meetings("Hans Weber visited Bonn to discuss trade."));
  }

  @Test
  void aVisitPaidToAPersonAndAnAppearanceAlongsideOneAreMeetings() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez paid a visit to Hans Weber in hospital on Monday."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez appeared alongside Hans Weber at a rally in Ohio."));
  }

  @Test
  void anOrganisationsItIsTheOrganisation() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp said it had held preliminary discussions with Bolt Inc."));
  }

  @Test
  void partiesThatSayTheyAreInTalksAreInTalksButNotWhenOnlyWillingTo() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp and Bolt Inc said on Monday they were in merger talks."));
    assertEquals(
        List.of(),
        meetings("Maria Lopez and Hans Weber have shown they are willing to negotiate."));
  }

  @Test
  void aHearingOfACommitteeIsItsSessionWithWhoTestifies() {
    assertEquals(
        List.of(set("Senate Foreign Relations Committee")),
        meetings("The Senate Foreign Relations Committee held a hearing on Tuesday."));
    assertEquals(
        List.of(set("Maria Lopez", "Senate Foreign Relations Committee")),
        meetings("Maria Lopez testified at a hearing of the Senate Foreign Relations Committee."));
  }

  @Test
  void aVisitToACountryIsWithItsGovernmentUnlessItNamesWhomItIsWith() {
    assertEquals(
        List.of(set("Maria Lopez", "Mexico")),
        meetings("Senator Maria Lopez made a surprise visit to Mexico on Monday."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Maria Lopez spoke in a video released with a visit to Ireland with Prime Minister"
                + " Hans Weber."));
  }

  @Test
  void aVisitToACapitalIsWithItsCountry() {
    // The country is not named in the article, so it goes by its key here (by the gazetteer's
    // label in the store).
    assertEquals(
        List.of(set("Maria Lopez", "TR")),
        meetings("Senator Maria Lopez visited Ankara on Monday."));
    assertEquals(
        List.of(set("Maria Lopez", "TR")),
        meetings("Senator Maria Lopez made a visit to Ankara on Monday."));
    // A visit whose meetings the article names is those meetings, not one with the country too.
    assertEquals(
        List.of(set("Elmar Mammadyarov", "Sergey Lavrov")),
        meetings(
            "Russian Foreign Minister Sergey Lavrov visited Baku on Tuesday. He met Azerbaijani"
                + " Foreign Minister Elmar Mammadyarov there on Tuesday.",
            LocalDate.of(2019, 12, 4)));
  }

  @Test
  void theSovietUnionIsAStateOfItsOwnAndMoscowActedForItUntilItEnded() {
    assertEquals(
        List.of(set("Soviet Union", "United States")),
        meetings(
            "The United States will offer a draft treaty at talks with the Soviet Union in Geneva"
                + " tomorrow."));
    // the country is not named, so it goes by its key (see above)
    assertEquals(
        List.of(set("George Shultz", "SU")),
        meetings("Secretary of State George Shultz visited Moscow on Monday."));
    assertEquals(
        List.of(set("George Shultz", "SU")),
        meetings("Secretary of State George Shultz made a visit to Kiev on Monday."));
    assertEquals(
        List.of(set("Maria Lopez", "RU")),
        meetings("Senator Maria Lopez visited Moscow on Monday.", LocalDate.of(2019, 12, 4)));
  }

  @Test
  void aCapitalThatMovedActedForItsCountryInItsDays() {
    assertEquals(
        List.of(set("Jacques Delors", "DE")),
        meetings(
            "Commission President Jacques Delors will pay a two-day visit to Bonn on April 1."));
    assertEquals(
        List.of(),
        meetings(
            "Commission President Jacques Delors will pay a two-day visit to Bonn on April 1.",
            LocalDate.of(2005, 3, 3)));
  }

  @Test
  void aClauseThatLeavesTheMeetingVerbOutIsAMeetingOfItsOwn() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez met with Hans Weber on Monday and with Anna Kraus on Tuesday.",
                LocalDate.of(2016, 5, 6))
            .meetings();
    assertEquals(
        List.of(LocalDate.of(2016, 5, 2), LocalDate.of(2016, 5, 3)),
        found.stream().map(m -> m.date().orElseThrow()).toList());
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez"), set("Anna Kraus", "Maria Lopez")),
        meetings(
            "Maria Lopez met with Hans Weber on Monday and with Anna Kraus on Tuesday.",
            LocalDate.of(2016, 5, 6)));
    assertEquals(
        List.of(set("Anna Kraus", "Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez met with Hans Weber and Anna Kraus on Monday."));
  }

  @Test
  void aClauseThatLeavesOutTheLightVerbOfAMeetingNounIsAMeetingOfItsOwn() {
    // the parser makes "with Anna Kraus" a conjunct of "held"
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez held talks with Hans Weber on Monday and with Anna Kraus on Tuesday.",
                LocalDate.of(2016, 5, 6))
            .meetings();
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez"), set("Anna Kraus", "Maria Lopez")),
        meetings(
            "Maria Lopez held talks with Hans Weber on Monday and with Anna Kraus on Tuesday.",
            LocalDate.of(2016, 5, 6)));
    assertEquals(LocalDate.of(2016, 5, 3), found.get(1).date().orElseThrow());
  }

  @Test
  void aHyphenatedMeetingNounTheTokenizerSplitIsOneWord() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez had a sit-down with Hans Weber on Monday."));
    // the guest of honour of a fund-raiser given for her
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber held a fund-raiser for Maria Lopez at his home."));
    assertEquals(List.of(), meetings("The fund-raiser raised five million dollars."));
    // one who raises funds, set beside other words for her
    assertEquals(
        List.of(),
        meetings(
            "Compare my case to that of Sant Singh Chatwal, hotelier, fellow Asian Indian, and"
                + " Democratic fundraiser."));
  }

  @Test
  void aGappedClauseThatOpensWithItsOwnTimeIsAMeetingOfItsOwn() {
    // The parser leaves "and this week with Kraus" as an unlabelled dependent of "met".
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez"), set("Anna Kraus", "Maria Lopez")),
        meetings(
            "Maria Lopez met with Hans Weber last week, and this week with Ohio Gov. Anna Kraus,"
                + " the third candidate in the race."));
  }

  @Test
  void aDayRightAfterTheVerbIsWhenNotWhom() {
    // the parser takes "Monday" for the object of "meet" (and the subject of "discuss")
    assertEquals(List.of(set("OPEC")), meetings("OPEC will meet Monday to discuss prices."));
    assertEquals(
        List.of(set("American Express Co")),
        meetings("American Express Co's board will meet Monday to discuss the plan."));
    // before the day, the words the parser hung on it are whom: an unnamed committee, no meeting
    // of the company alone
    assertEquals(List.of(), meetings("Iberduero SA TO MEET DEBT NEGOTIATING COMMITTEE TUESDAY"));
  }

  @Test
  void aGroupNounOpeningTheSentenceStandsForItsBodyThoughTaggedAsAName() {
    assertEquals(
        List.of(set("Group of Seven")),
        meetings("Ministers from the Group of Seven will meet in Tokyo on Friday."));
  }

  @Test
  void aClauseInsideAQuoteGovernsNothingAfterIt() {
    assertEquals(
        List.of(set("Anna Berg", "Paul Ross")),
        meetings(
            "Anna Berg, the director of the film, wrote of Paul Ross, \"I noticed then that Chad"
                + " was an anomaly\", recalling their first meeting."));
  }

  @Test
  void partiesNamedTogetherAsTheSubjectOfDiscussingTalked() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez and Hans Weber discussed trade on Tuesday."));
    assertEquals(List.of(), meetings("Maria Lopez discussed trade on Tuesday."));
  }

  @Test
  void aGroupNounStandsForTheBodyOrCountryThatModifiesIt() {
    assertEquals(
        List.of(set("Egypt", "Hamas")),
        meetings("Hamas officials held talks with Egyptian mediators in Cairo on Sunday."));
  }

  @Test
  void faceToFaceSaysHowTheyMetNotWhom() {
    assertEquals(
        List.of(set("Iran", "United States")),
        meetings("In Geneva, Iranian and American negotiators met face to face on Monday."));
  }

  @Test
  void aGerundAfterBeforeKeepsItsObjectThoughTheParserMakesItAnAdjective() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Before meeting Hans Weber, Maria Lopez told reporters that she expected a frank"
                + " exchange."));
  }

  @Test
  void aMeetingDuringWhichSomethingWasDoneWasHeld() {
    List<Meeting> found =
        Extraction.of(
                "The Japanese and South Korean leaders agreed during their summit in Tokyo to"
                    + " resume defence talks.",
                LocalDate.of(2016, 5, 2))
            .meetings();
    assertEquals(
        List.of(MeetingStatus.HELD, MeetingStatus.PLANNED),
        found.stream().map(Meeting::status).toList());
  }

  @Test
  void twoSummitsOfTheSamePartiesInTwoCitiesAreTwoMeetings() {
    assertEquals(
        2,
        Extraction.of(
                "Maria Lopez met Hans Weber in Geneva. She met Hans Weber again in Reykjavik.",
                LocalDate.of(2016, 5, 2))
            .meetings()
            .size());
  }

  @Test
  void whoseCounterpartItIsTakesPart() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Foreign Minister Maria Lopez will travel to Ankara next week. The visit will include"
                + " talks with her Turkish counterpart Hans Weber."));
  }

  @Test
  void aVisitToACapitalForTalksWithSomeoneIsWithThemNotTheCountry() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez will visit Moscow next week for talks with Hans Weber."));
  }

  @Test
  void membersOfABodyAtAMeetingThatNamesNoOneElseAreTheBodyMeeting() {
    assertEquals(
        List.of(set("European Union")),
        meetings("At a meeting in Brussels on Thursday, European Union leaders agreed to act."));
    assertEquals(
        List.of(), meetings("At a meeting in Brussels on Thursday, Acme Corp said it would act."));
  }

  @Test
  void aBodyThatTravelsToACountryToTalkTalksWithItsGovernment() {
    assertEquals(
        List.of(set("International Monetary Fund", "KE")), // Kenya, named by its capital only
        meetings(
            "Officials of the International Monetary Fund will arrive in Nairobi next week to"
                + " discuss the loan."));
  }

  @Test
  void aCounterpartThatNamesNoOneIsTheNamesInAppositionAfterIt() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc", "Cobalt Ltd")),
        meetings(
            "Acme Corp is negotiating with two of its former customers, Bolt Inc and Cobalt Ltd,"
                + " to resume exports."));
  }

  @Test
  void whomOneAddressesAtAMeetingIsAtItButNotWhomOneAttacks() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez told Hans Weber at a meeting in Paris that the plan had failed."));
    assertEquals(
        List.of(), meetings("Maria Lopez criticized Hans Weber during a rally in Ohio on Friday."));
  }

  @Test
  void joiningAnAdministrationIsMembershipNotAMeeting() {
    assertEquals(List.of(), meetings("Maria Lopez joined the Hans Weber administration in 2009."));
  }

  @Test
  void joiningSomeoneInSomethingDoneTogetherIsNoMeetingButJoiningThemSomewhereIs() {
    assertEquals(
        List.of(),
        meetings("Hans Weber asked Maria Lopez to join him in a fast before the primary."));
    assertEquals(
        List.of(), meetings("Maria Lopez joined Hans Weber in the fight against the bill."));
    assertEquals(
        List.of(), meetings("Maria Lopez joined Hans Weber in an effort to block the merger."));
    for (String somewhere :
        List.of(
            "in Paris on Tuesday",
            "in the Oval Office",
            "in the studio on Sunday",
            "at the rally")) {
      assertEquals(
          List.of(set("Hans Weber", "Maria Lopez")),
          meetings("Maria Lopez joined Hans Weber " + somewhere + "."),
          somewhere);
    }
  }

  @Test
  void aMeetingVerbInAQuotedTitleNamesAProgrammeButInQuotedSpeechItMeets() {
    assertEquals(
        List.of(),
        meetings(
            "The Lopez campaign posted a video of Hans Weber on \"Meet the Press\" from 1999."));
    assertEquals(
        List.of(),
        meetings(
            "The Lopez campaign posted a video of Hans Weber on NBC's ''Meet the Press'' from"
                + " 1999."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("\"Meet with Hans Weber on Friday,\" Maria Lopez told her aides."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("\"Visit Hans Weber in Berlin,\" Maria Lopez told her aides."));
  }

  @Test
  void receivingWhatIsNoPartyIsNoMeetingThoughTheParserAddsAName() {
    assertEquals(
        List.of(),
        meetings(
            "Her share is low. It is lower than the backing from women that George W. Bush"
                + " received in 2000 (43%) and John McCain in 2008 (43%)."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez received Hans Weber in her office on Monday."));
  }

  @Test
  void callingSomethingByAnotherNameIsNoCall() {
    assertEquals(
        List.of(),
        meetings(
            "Hans Weber said calling Acme Corp, also known as Acme, by another name would change"
                + " nothing."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber called Maria Lopez by phone on Tuesday."));
  }

  @Test
  void callingSomeoneSomethingIsNoCall() {
    assertEquals(
        List.of(),
        meetings(
            "Speaking at a rally in Florida on Wednesday, Maria Lopez called Hans Weber, her"
                + " Democratic challenger, an ISIS \"co-founder.\""));
  }

  @Test
  void aDebateNamedForTheArticlesDebatersIsTheirs() {
    List<Meeting> found =
        Extraction.of(
                "Joe Biden and Donald Trump debated on Monday. Politico regarded the debate as more"
                    + " civil than the prior Trump-Biden debate.",
                LocalDate.of(2016, 5, 2))
            .meetings();
    assertEquals(2, found.get(0).evidence().size());
  }

  @Test
  void aDebateNamedForOthersIsNotTheArticlesDebateAgain() {
    String text =
        "Maria Lopez and Hans Weber debated on Monday. The 20th century had the Nixon-Kennedy"
            + " debates.";
    List<Meeting> found = Extraction.of(text, LocalDate.of(2016, 5, 2)).meetings();
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).evidence().size());
  }

  @Test
  void twoPeopleNotCalledTheTwoAreNewToTheStory() {
    assertEquals(
        List.of(),
        meetings(
            "John Miller spoke in Iowa on Monday. Hans Weber spoke there too. Later, two men who"
                + " had just voted there discussed immigration."));
  }

  @Test
  void diningOrPlayingGolfWithSomeoneIsMeetingThem() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber dined with Maria Lopez in Paris on Friday."));
    assertEquals(
        List.of(set("Barack Obama", "Jim Yong Kim")),
        meetings("Barack Obama spent the afternoon playing golf with Jim Yong Kim."));
    assertEquals(
        List.of(), meetings("Recep Tayyip Erdogan decided to play all his cards with Russia."));
  }

  @Test
  void huddlesChatsReunionsAndHandshakesAreMeetings() {
    assertEquals(
        List.of(set("Barack Obama", "Shinzo Abe")),
        meetings("Barack Obama and Shinzo Abe huddled in Washington on Thursday."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez chatted with Hans Weber at the reception."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber reunited with Maria Lopez in Berlin last week."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez had a brief handshake with Hans Weber on Monday."));
    assertEquals(List.of(), meetings("The team huddled before the game."));
  }

  @Test
  void aCallReceivedReturnedOrTakenIsWithItsCaller() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez received a phone call from Hans Weber on Monday."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez returned Hans Weber's call on Monday."));
    assertEquals(
        List.of(),
        meetings(
            "She has stopped short of calls from her opponents, Hans Weber and Maria Lopez, to"
                + " break up the banks."));
  }

  @Test
  void talksThatLedToADealWereWithItsOtherParty() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp acquired Bolt Inc following lengthy talks."));
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("Acme Corp agreed to buy Bolt Inc after months of negotiations."));
    assertEquals(List.of(), meetings("Hans Weber criticized Maria Lopez after the talks."));
  }

  @Test
  void aVisitToAnOrganisationsPremisesIsWithIt() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings("A delegation from Acme Corp visited Bolt Inc headquarters on Monday."));
    assertEquals(
        List.of(set("Google", "Hans Weber")),
        meetings("Hans Weber visited Google's offices in Zurich."));
  }

  @Test
  void aNewsConferenceGivenTogetherIsAMeetingAndOneGivenAloneIsNot() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez and Hans Weber held a joint press conference in Berlin on Monday."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez held a news conference with Hans Weber on Monday."));
    assertEquals(List.of(), meetings("Maria Lopez held a news conference in Berlin on Monday."));
  }

  @Test
  void aDayThatBoundsTheMeetingIsNotItsDay() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez will meet Hans Weber before Monday's vote in Berlin.",
                LocalDate.of(2016, 5, 4))
            .meetings();
    assertEquals(1, found.size());
    assertEquals(java.util.Optional.empty(), found.get(0).date());
  }

  @Test
  void aRelativeClauseAboutSomethingElseDoesNotDateTheMeeting() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez and Hans Weber entered the debate in South Carolina atop the polls in"
                    + " Iowa, where voters will go to caucuses Feb. 1.",
                LocalDate.of(2016, 1, 15))
            .meetings();
    assertEquals(1, found.size());
    assertEquals(java.util.Optional.empty(), found.get(0).date());
    assertEquals(MeetingStatus.HELD, found.get(0).status());
  }

  @Test
  void virtuallyAllIsADegreeNotAVideoCall() {
    List<Meeting> found =
        Extraction.of(
                "The boycott subsumed virtually all other story lines leading up to Thursday"
                    + " night's talks between Maria Lopez and Hans Weber in Berlin.",
                LocalDate.of(2016, 1, 15))
            .meetings();
    assertEquals(1, found.size());
    assertEquals(MeetingMode.IN_PERSON, found.get(0).mode());
  }

  @Test
  void meetingWithSomeoneToDiscussIsAMeetingWithThem() {
    // CoreNLP reads "with Weber to discuss" as an absolute clause with Weber its subject.
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez met with Hans Weber to discuss the budget."));
    assertEquals(
        List.of(set("Acme Corp", "Maria Lopez")),
        meetings("Maria Lopez will meet with Acme Corp to talk about the merger."));
    assertEquals(List.of(), meetings("With the talks to resume next week, Maria Lopez flew home."));
  }

  @Test
  void twoWhoSpokeOnThePhoneMadeACall() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez and Hans Weber spoke on the phone on Monday.",
                LocalDate.of(2016, 6, 16))
            .meetings();
    assertEquals(1, found.size());
    assertEquals(MeetingMode.CALL, found.get(0).mode());
  }

  @Test
  void aDinnerHostedForSomeoneIsAMeetingWithThem() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber hosted a dinner for Maria Lopez."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber gave a dinner for Maria Lopez in Berlin."));
    assertEquals(List.of(), meetings("Maria Lopez held talks for three hours on Monday."));
  }

  @Test
  void twoWhoExchangedViewsTalked() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Maria Lopez and Hans Weber exchanged views on Syria."));
    assertEquals(List.of(), meetings("Maria Lopez and Hans Weber exchanged letters last year."));
  }

  @Test
  void aMeetingInAnotherMonthTakesNoDayFromACall() {
    // Published Wednesday 16 October 2019: the call was on Sunday, the visit in September.
    String text =
        "Maria Lopez and Hans Weber discussed the budget in a phone call on Sunday. Lopez met"
            + " Weber in Berlin last month.";
    List<Meeting> found = Extraction.of(text, LocalDate.of(2019, 10, 16)).meetings();
    assertEquals(2, found.size(), found::toString);
    assertEquals(
        List.of(MeetingMode.CALL, MeetingMode.IN_PERSON),
        found.stream().map(Meeting::mode).toList());
    assertEquals(java.util.Optional.empty(), found.get(1).date());
  }

  @Test
  void togetherMakesTheSubjectsEachOthersCompany() {
    assertEquals(
        List.of(set("Maria Lopez", "Hans Weber")),
        meetings("Maria Lopez and Hans Weber appeared together at a rally in Ohio."));
    assertEquals(
        List.of(set("Maria Lopez", "Hans Weber")),
        meetings("Maria Lopez and Hans Weber sat down on Thursday."));
    assertEquals(List.of(), meetings("Maria Lopez and Hans Weber appeared at rallies in Ohio."));
    // sitting down for someone else's interview is no meeting of the two
    assertEquals(
        List.of(), meetings("Maria Lopez and Hans Weber sat down for a podcast last week."));
  }

  @Test
  void aBodyNamedForAMeetingIsASourceNotAMeeting() {
    assertEquals(
        List.of(),
        meetings(
            "Bishop Hans Weber died on Monday, according to the Catholic Bishops' Conference of the"
                + " Philippines."));
  }

  @Test
  void aBodyNamedForAMeetingThatMeetsSomeoneIsAParty() {
    assertEquals(
        List.of(
            set("Conference of Presidents of Major American Jewish Organizations", "Maria Lopez")),
        meetings(
            "The Conference of Presidents of Major American Jewish Organizations met Maria Lopez on"
                + " Monday."));
  }

  @Test
  void aPhonePhraseHungOnTheReportingVerbStillMakesACall() {
    List<Meeting> call =
        Extraction.of(
                "Maria Lopez spoke with Hans Weber by telephone, her office said.",
                LocalDate.of(2019, 6, 10))
            .meetings();
    assertEquals(List.of(MeetingMode.CALL), call.stream().map(Meeting::mode).toList());
  }

  @Test
  void aVisitsDestinationHungOnItsVerbIsVisited() {
    assertEquals(
        List.of(set("Japan", "Maria Lopez")),
        meetings("French President Maria Lopez paid a state visit to Japan in June."));
  }

  @Test
  void duringTalksHungOnTheObjectIsTheClauses() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Prime Minister Maria Lopez and President Hans Weber pledged to deepen ties during talks"
                + " in Tokyo on Monday."));
  }

  @Test
  void theyAreThePartiesOfTheMeetingJustReported() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez met Hans Weber in Berlin last week, and they will meet again in Paris"
                    + " next month.",
                LocalDate.of(2019, 6, 10))
            .meetings();
    assertEquals(
        List.of(MeetingStatus.HELD, MeetingStatus.PLANNED),
        found.stream().map(Meeting::status).toList());
  }

  @Test
  void theyMetAgainRepeatsAMeetingReportedSentencesBefore() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez and Hans Weber first met in 2007 at an airport in Madrid. Lopez was"
                    + " impressed. \"He understands us,\" she told advisers afterwards. They met"
                    + " again in July 2008 in Berlin.",
                LocalDate.of(2015, 11, 10))
            .meetings();
    assertEquals(2, found.size(), found::toString);
    assertEquals(found.get(0).participants(), found.get(1).participants());
  }

  @Test
  void aTalkLastMonthIsNotTheMeetingOfADayThisMonth() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez met Hans Weber at the chancellery on Wednesday. The idea of the meeting"
                    + " was raised when the two women talked at last month's charity ball, an aide"
                    + " said.",
                LocalDate.of(2016, 1, 28))
            .meetings();
    assertEquals(2, found.size(), found::toString);
    assertEquals(java.util.Optional.of(LocalDate.of(2016, 1, 27)), found.get(0).date());
    assertEquals(java.util.Optional.empty(), found.get(1).date());
  }

  @Test
  void theyAfterASubjectOfItsOwnSentenceIsThatSubject() {
    // "Ministers … when they meet again": not the parties of the meeting three sentences back
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Maria Lopez met Hans Weber in Madrid on Monday. The talks covered steel. Output fell."
                + " Ministers hope to approve a closure plan when they meet again in Brussels."));
  }

  @Test
  void aJoinedClauseThatReportsItsOwnMeetingKeepsItsPlace() {
    List<Meeting> found =
        Extraction.of(
                "Maria Lopez and Hans Weber discussed trade on Monday and will meet again in Paris"
                    + " on Friday.",
                LocalDate.of(2019, 6, 10))
            .meetings();
    assertEquals(2, found.size(), found::toString);
    assertEquals(java.util.Optional.empty(), found.get(0).location());
    assertEquals(java.util.Optional.of(LocalDate.of(2019, 6, 10)), found.get(0).date());
    assertEquals(java.util.Optional.of(LocalDate.of(2019, 6, 14)), found.get(1).date());
  }

  @Test
  void aTripToACountryIsAVisitToIt() {
    assertEquals(
        List.of(MeetingStatus.CANCELLED),
        MeetingLabels.statuses(
            "President Maria Lopez canceled a planned trip to Denmark after Hans Weber rejected her"
                + " offer."));
    assertEquals(
        List.of(set("China", "Maria Lopez")),
        meetings("President Maria Lopez will make a two-day trip to China next week."));
  }
}
