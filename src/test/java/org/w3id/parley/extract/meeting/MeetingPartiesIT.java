package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who meets whom, on invented articles through the real CoreNLP pipeline: bodies one tells or
 * testifies to, an organisation's own annual meeting, unnamed governments, interview answers, and
 * the speakers and strangers who are not parties.
 */
class MeetingPartiesIT {
  @Test
  void tellingADeliberativeBodyIsMeetingItButTellingReportersIsNot() {
    String text =
        "Finance Minister Paul Hartley spoke in Leeds on Tuesday.\n\n"
            + "Hartley told the National Fisheries Council that the quotas would fall next year.\n\n"
            + "Hartley later told reporters that he expected no strike.";
    assertEquals(List.of(set("National Fisheries Council", "Paul Hartley")), meetings(text));
  }

  @Test
  void testimonyIsBeforeTheBodyItNamesAndCongressionalIsCongress() {
    assertEquals(
        List.of(set("Congress", "Paul Volcker")),
        meetings(
            "In Congressional testimony this morning, Fed Chairman Paul Volcker warned about the"
                + " dollar."));
    assertEquals(
        List.of(set("Paul Volcker", "Senate Banking Committee")),
        meetings(
            "In testimony before the Senate Banking Committee, Paul Volcker warned about the"
                + " dollar."));
    assertEquals(
        List.of(set("Congressional Budget Office", "Paul Volcker")),
        meetings("The Congressional Budget Office met Paul Volcker on Tuesday."));
  }

  @Test
  void wordsOfMeetingInOtherSensesAreNoMeetings() {
    String text =
        "Former Mexican President Felipe Calderon calls Donald Trump's idea for a border wall"
            + " \"stupid.\"\n\n"
            + "David Cameron criticised Trump in parliament over his call for a ban on visitors.\n\n"
            + "Trump threw reporter Jorge Ramos out of a news conference in August.\n\n"
            + "Paul Ryan leads a national campaign, one he calls \"Confident America.\"\n\n"
            + "\"It is about security,\" Hillary Clinton said at the outset of a Democratic debate.\n\n"
            + "Twitter's naming convention does not seem to require artificial intelligence.\n\n"
            + "The mayor of Ferguson, Ann Lee, welcomed Trump to visit the city.\n\n"
            + "Anthony Weiner receives more bad news after his separation from Huma Abedin.\n\n"
            + "Dorothy Woods discussed the controversy with radio host Hugh Hewitt on Thursday.\n\n"
            + "Speaking to newspaper Star of Mysore, Anna Kraus said the train was late.\n\n"
            + "Speaking to Martin Smith of PBS, Hans Weber said he had not known.\n\n"
            + "Union leader Lucio Pires said the strike call had been mostly ignored by workers in"
            + " private banks, with many branches open in Sao Paulo, Rio de Janeiro and Porto Alegre.\n\n"
            + "South Atlantic Financial Corp said it has agreed in principle to merge with Independence"
            + " Holding Co into a new company to be called Atlantic Independence Ltd.";
    assertEquals(List.of(), meetings(text));
  }

  @Test
  void anUnnamedMemberStandsForTheBodyThePhraseAfterItNamesWhereverTheParserHungIt() {
    // The parser hangs "from the World Bank" on "talks" and "to the board" on "met": a phrase
    // right after a group noun is still the noun's, and a board's stands for its company.
    assertEquals(
        List.of(set("Jane Doe", "World Bank")),
        meetings("Jane Doe held talks with officials from the World Bank last week."));
    assertEquals(
        List.of(set("Exxon Mobil", "Jane Doe")),
        meetings("Jane Doe met a senior adviser to the board of Exxon Mobil in Houston."));
    // A posting's "to" is where its holder is sent, not whom they serve.
    assertEquals(
        List.of(set("Jane Doe", "United States")),
        meetings("Jane Doe met the U.S. envoy to the United Nations in Geneva on Monday."));
  }

  @Test
  void aTitleWithAnotherCountryIsThatCountrysOfficeHolderNotTheArticlesOtherHolder() {
    String text =
        "President Ann Lee of Ghana spoke in Accra on Monday.\n\n"
            + "Senator Tom Hale flew to Mexico, where he met the Mexican president on Tuesday.";
    // The unnamed office-holder acts for Mexico, a party too.
    assertEquals(List.of(set("Mexico", "President of Mexico", "Tom Hale")), meetings(text));
  }

  @Test
  void theCityIsAPlaceNotAnOrganisationNamedAfterOne() {
    String text =
        "The Kansas City Chiefs beat the Denver Broncos on Sunday.\n\n"
            + "Donald Trump will visit the city on Tuesday, Mayor Ann Lee said.";
    assertTrue(
        meetings(text).stream().noneMatch(m -> m.contains("Kansas City Chiefs")),
        () -> meetings(text).toString());
  }

  @Test
  void theFamiliesOfAPlaceTheTaggerTookForAPersonAreNotThatPerson() {
    String text =
        "Senator Chris Murphy spoke in Hartford on Monday.\n\n"
            + "Murphy recalled his encounters with the Sandy Hook families after the shooting.";
    assertTrue(
        meetings(text).stream().noneMatch(m -> m.contains("Sandy Hook")),
        () -> meetings(text).toString());
  }

  @Test
  void aGatheringsNameCitedAsASourceIsNoMeetingHoweverItIsParsed() {
    // Wikinews, "Joe Biden wins 2020 South Carolina US Democratic presidential primary"
    // (2020-03-02), CC BY 2.5: the parser makes "Conference" the sentence's root.
    String text =
        "According to the National Conference of State Legislatures, the next primary election for"
            + " either the Democratic or Republican Party is scheduled for tomorrow, when both parties"
            + " are to hold more than a dozen primary elections.";
    assertEquals(List.of(), meetings(text));
  }

  @Test
  void aCallNamesItsCounterpartsWithOrAsAPair() {
    String text =
        "Barack Obama had a call with Francois Hollande on Tuesday.\n\n"
            + "Donald Trump and Vladimir Putin held a phone call on Friday.";
    assertEquals(
        List.of(set("Barack Obama", "Francois Hollande"), set("Donald Trump", "Vladimir Putin")),
        meetings(text));
  }

  @Test
  void aPartysConventionIsAMeetingOfTheParty() {
    String text =
        "Senator Ann Lee will skip this week's Democratic National Convention in Philadelphia.\n\n"
            + "With the GOP convention nearing, Governor Tom Hale made peace with his rivals.\n\n"
            + "The Democratic National Convention released a statement on Wednesday.";
    assertEquals(
        List.of(set("Ann Lee", "Democratic Party"), set("Republican Party")), meetings(text));
  }

  @Test
  void campaigningTogetherAndTalkingTogetherAreMeetings() {
    String text =
        "Governor Tom Hale campaigned with Senator Joan Park in Dayton on Friday.\n\n"
            + "Jim Ross and Pat Kent talked on Monday.\n\n"
            + "Spokesmen at the FBI and the Justice Department would not discuss the case.\n\n"
            + "Barack Obama and Joe Biden will campaign for Hillary Clinton at separate events.";
    assertEquals(
        List.of(set("Joan Park", "Tom Hale"), set("Jim Ross", "Pat Kent")), meetings(text));
  }

  @Test
  void theFirstPersonInAQuoteIsItsSpeaker() {
    String text =
        "Governor Tom Hale spoke in Dayton on Friday.\n\n"
            + "\"I have met Governor Hale many times,\" said Mary Stone, a lobbyist.";
    assertEquals(List.of(set("Mary Stone", "Tom Hale")), meetings(text));
  }

  @Test
  void whoHopesForAMeetingOfTwoOthersIsNotInItButWhoSpeaksInACallIs() {
    String text =
        "Foreign Minister Anna Berg met Prime Minister Paul Dorn in Oslo.\n\n"
            + "\"I hope a meeting of the Danish and Finnish prime ministers will help,\" Berg said."
            + " Danish Prime Minister Lars Holm and Finnish Prime Minister Eero Salo will meet in"
            + " May.\n\n"
            + "In a phone call in late July, Dorn urged Salo to act.";
    assertEquals(
        List.of(
            set("Anna Berg", "Paul Dorn"),
            set("Eero Salo", "Lars Holm"),
            set("Eero Salo", "Paul Dorn")),
        meetings(text));
  }

  @Test
  void anAnnualMeetingIsTheMeetingOfTheOrganisationThatReportsIt() {
    String text =
        "The Westport Ferry Company said two directors were elected to its board at the annual"
            + " membership meeting today.";
    assertEquals(List.of(set("Westport Ferry Company")), meetings(text));
  }

  @Test
  void anUnnamedGovernmentIsTheDatelineCountrys() {
    String text =
        "BELGIAN MINISTER IN TALKS\n\n"
            + "WASHINGTON, March 3 - Belgian Trade Minister Jan Peeters said the United States would"
            + " not raise its tariffs.\n\n"
            + "Peeters, in Washington for talks with Administration officials, said a compromise was"
            + " near.";
    assertEquals(List.of(set("Jan Peeters", "United States")), meetings(text));
  }

  @Test
  void aFunctionWordReutersCapitalisedAfterUsDoesNotBreakTheSentence() {
    assertEquals(
        List.of(set("European Community", "United States")),
        meetings(
            "He said the talks between senior U.S. And European Community officials in London"
                + " on the Airbus question should be more harmonious."));
  }

  @Test
  void aTitleWithItsHolderSetOffByCommasIsThatHolder() {
    // an office NER names as an organisation, its holder in apposition
    assertEquals(
        List.of(set("Makoto Kuroda", "Michael Smith")),
        meetings(
            "Makoto Kuroda will meet the Deputy U.S. Trade Representative, Michael Smith, on"
                + " Monday."));
    // the parser hangs the name on the verb as a second object
    assertEquals(
        List.of(set("Makoto Kuroda", "Michael Smith")),
        meetings(
            "Makoto Kuroda is to hold two days of meetings with the Deputy U.S. Trade"
                + " Representative, Michael Smith."));
    // and whoever is coordinated with the title takes part as well
    assertEquals(
        List.of(set("Amr Moussa", "Hosni Mubarak", "James Baker")),
        meetings(
            "James Baker met the president, Hosni Mubarak, and the foreign minister, Amr"
                + " Moussa."));
  }

  @Test
  void aCountrysPostIsAPostalServiceNotANewspaper() {
    assertEquals(
        List.of(set("Canada Post", "Teamsters Union")),
        meetings("The talks between the Teamsters Union and Canada Post resumed on Monday."));
  }

  @Test
  void aClubOneTellsSomethingIsAnAudience() {
    assertEquals(
        List.of(set("Hans Weber", "Rotary Club")),
        meetings("Hans Weber told the Rotary Club of Denver that trade was urgent."));
  }

  @Test
  void eachSideOfAHyphenatedPairOfDemonymsTakesPart() {
    assertEquals(
        List.of(set("Japan", "Spain")),
        meetings("Spanish-Japanese talks resumed in Madrid on Monday."));
  }

  @Test
  void officialsInACountryStandForItsGovernment() {
    assertEquals(
        List.of(set("Hans Weber", "Peru")),
        meetings("Hans Weber met with officials in Peru on Monday."));
  }

  @Test
  void whoIsInACountryForTalksTakesPartNotTheCountry() {
    // The parser hangs "for … talks" on Japan: the one in Japan came for them.
    assertEquals(
        List.of(set("General Agreement on Tariffs and Trade", "Hans Weber")),
        meetings(
            "Hans Weber, in Japan for informal GATT ministerial talks, told reporters trade"
                + " disputes are increasing."));
  }

  @Test
  void talksWithACountryWhoseOtherSideIsUnnamedAreTheHomeGovernments() {
    String text =
        "WASHINGTON, April 8 - Fed governor Robert Heller said the United States economy would"
            + " grow.\n\n"
            + "A trade agreement currently being negotiated with Canada \"would be helpful to"
            + " American farmers,\" Heller said.";
    assertEquals(List.of(set("Canada", "United States")), meetings(text));
  }

  @Test
  void withoutADatelineAnUnnamedGovernmentStaysUnnamed() {
    String text =
        "Belgian Trade Minister Jan Peeters said the United States would not raise its tariffs."
            + " Peeters, in town for talks with Administration officials, said a compromise was"
            + " near.";
    assertTrue(meetings(text).isEmpty(), meetings(text).toString());
  }

  @Test
  void theSpeakerOfAnOuterSaidIsNotInTheTalks() {
    String text =
        "The employers had invited the unions for talks later today, but wages would not be on"
            + " the agenda, Pieter van der Berg said.";
    assertTrue(
        meetings(text).stream().noneMatch(m -> m.contains("Pieter van der Berg")),
        meetings(text).toString());
  }

  @Test
  void anIndefiniteTitleIsSomeoneNew() {
    String text =
        "Steve Lang, an adviser to the campaign, resigned on Monday.\n\n"
            + "An e-mail alluded to a 2015 meeting between Senator Mark Hill and a Ukrainian"
            + " adviser to the board of the energy company Petrolux.";
    assertTrue(
        meetings(text).stream().noneMatch(m -> m.contains("Steve Lang")),
        meetings(text).toString());
  }

  @Test
  void aMeetingNounThatModifiesAnotherNounReportsNoMeeting() {
    String text =
        "Trump's previous debate prepper Giuliani received further media scrutiny when he"
            + " appeared in a film.";
    assertTrue(meetings(text).isEmpty(), meetings(text).toString());
  }

  @Test
  void firstPersonInAnInterviewAnswerIsThePersonItsLabelNames() {
    String text =
        "Chess player Maria Lopez spoke with Wikinews about her career.\n\n"
            + "((WN)) How did you choose a university?\n\n"
            + "((Maria Lopez)) Before I moved, I talked to two different universities: Westport"
            + " University [WU] and HC [Harbour College].";
    List<Set<String>> found = meetings(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).containsAll(set("Maria Lopez", "Westport University", "Harbour College")),
        found.toString());
  }

  @Test
  void theTwoFirmsAreTheTwoNamedBefore() {
    String text =
        "MADRID, April 5 - Prices of quicksilver rose on Friday.\n\n"
            + "The agreement was reached last week by Acme Mining Corp and Bolt Metals Inc, a"
            + " statement said.\n\n"
            + "The two firms will meet again in Madrid later this month.";
    assertEquals(List.of(set("Acme Mining Corp", "Bolt Metals Inc")), meetings(text));
  }

  @Test
  void theTwoFirmsAreNoOneWhenThreeWereNamed() {
    String text =
        "The agreement was reached last week by Acme Mining Corp, Bolt Metals Inc and Crane Ore"
            + " Ltd, a statement said.\n\n"
            + "The two firms will meet again in Madrid later this month.";
    assertTrue(meetings(text).isEmpty(), meetings(text).toString());
  }

  @Test
  void anUnlabelledParagraphGoesOnWithTheAnswerBefore() {
    String text =
        "Chess player Lana spoke with Wikinews about her career.\n\n"
            + "((WN)) Where did you grow up?\n\n"
            + "((Lana)) I grew up in Leeds.\n\n"
            + "Later I met Governor Tom Reed in Leeds.";
    assertEquals(List.of(set("Lana", "Tom Reed")), meetings(text));
  }

  @Test
  void aCounterpartTheParserHangsOnTheObjectIsStillTheOtherSide() {
    String text =
        "Acme Corp negotiated a new contract with Bolt Inc last week.\n\n"
            + "Finance Minister Paul Hartley said he had negotiated a 50 mln dlr loan from the Bank"
            + " of Tokyo.\n\n"
            + "Crane Ltd discussed the plan with reporters on Monday.";
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc"), set("Bank of Tokyo", "Paul Hartley")),
        meetings(text));
  }

  @Test
  void aMeetingNounThatIsThePredicateHasItsSubjectAsAParty() {
    String text =
        "Acme Corp is in talks with Bolt Inc over a merger.\n\n"
            + "Crane Ltd and Delta Oil Co are in negotiations on a pipeline.\n\n"
            + "The price of the shares was the main topic of the talks.";
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc"), set("Crane Ltd", "Delta Oil Co")), meetings(text));
  }

  @Test
  void theSidesOfTalksBetweenAreFoundWhenTheParserMakesThemAClause() {
    String text =
        "Negotiations between Acme Corp and Bolt Inc resumed in Paris on Monday.\n\n"
            + "A meeting between Crane Ltd and Delta Oil Co is set for Friday.";
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc"), set("Crane Ltd", "Delta Oil Co")), meetings(text));
  }

  @Test
  void talksCountedInDaysOrRoundsAreStillTheClausesTalks() {
    String text =
        "Acme Corp and Bolt Inc signed the accord after two days of talks.\n\n"
            + "The shares of Crane Ltd rose after a day of talks.";
    assertEquals(List.of(set("Acme Corp", "Bolt Inc")), meetings(text));
  }

  @Test
  void aVideoconferenceIsACallBetweenItsNamedSides() {
    String text =
        "Tom Reed and Anna Berg held a videoconference on Monday.\n\n"
            + "Acme Corp said it would hold a teleconference for analysts on Friday.";
    assertEquals(List.of(set("Anna Berg", "Tom Reed")), meetings(text));
  }

  @Test
  void whoAttendedASummitIsAtIt() {
    assertEquals(
        List.of(set("Cyprus", "Greece", "Israel")),
        meetings(
            "The summit, attended by the leaders of Cyprus, Greece and Israel, ended with a joint"
                + " declaration."));
  }

  @Test
  void theTwoCountriesAreTheTwoNamedBefore() {
    assertEquals(
        List.of(set("Greece", "Türkiye")),
        meetings(
            "Turkey and Greece have poor relations, but the leaders of the two countries spoke by"
                + " telephone on Friday."));
  }

  @Test
  void thePresidentOfABankIsNotTheCountrysPresident() {
    String text =
        "Maria Lopez held talks yesterday with the president of the Peruvian central bank.\n\n"
            + "Peruvian President Hans Weber welcomed the talks.";
    assertTrue(
        meetings(text).stream().noneMatch(m -> m.contains("Hans Weber")), meetings(text)::toString);
  }

  @Test
  void aNameRightAfterAGroupIsTheGroupsNotAPurposeClausesSubject() {
    assertEquals(
        List.of(set("Acme Corp", "Beta Holders Committee")),
        meetings(
            "Acme Corp said it met with the dissident shareholder group Beta Holders Committee to"
                + " consider a settlement."));
  }

  @Test
  void whomSomethingIsGivenToInTalksIsInThem() {
    assertEquals(
        List.of(set("United States", "Hans Weber")),
        meetings("U.S. officials gave the same message to Foreign Minister Hans Weber in talks."));
  }

  @Test
  void ministersOfABodyAreNotTheArticlesOneMinister() {
    String text =
        "Finance Minister Hans Weber of Belgium spoke on Friday. Weber hosted an informal meeting"
            + " of European Community finance ministers in Brussels on Saturday.";
    assertEquals(List.of(set("European Community", "Hans Weber")), meetings(text));
  }

  @Test
  void theyOrItAfterAGroupThatSaysSoIsThatGroup() {
    assertEquals(
        List.of(set("Mexico", "Peru")),
        meetings("Peruvian officials said they would meet Mexican officials next week."));
    assertEquals(
        List.of(set("Japan", "United States")),
        meetings("The Japanese delegation said it would meet the U.S. team next week."));
    // the pronoun's number must be the noun's, and a group of no one named stands for no one
    assertEquals(List.of(), meetings("Peruvian officials said it would meet Mexican officials."));
    assertEquals(List.of(), meetings("Critics of the plan said they would meet the mayor."));
  }

  @Test
  void representativesOfABodyAndACountryAreBoth() {
    assertEquals(
        List.of(set("EC", "Japan")),
        meetings("Representatives of the EC and Japan will hold talks in Brussels on March 20."));
  }

  @Test
  void everyoneTheGoverningSubjectNamesMet() {
    List<Set<String>> found =
        meetings(
            "The leaders of France, Germany and Britain issued a joint statement after meeting on"
                + " the sidelines of the G7 summit.");
    assertTrue(found.contains(set("France", "Germany", "United Kingdom")), found::toString);
  }

  @Test
  void aBodySpeakingAtAPublicMeetingHoldsIt() {
    assertEquals(
        List.of(set("Federal Communications Commission")),
        meetings(
            "The staff of the Federal Communications Commission said at a public meeting that"
                + " rates would fall."));
    assertEquals(
        List.of(set("Federal Communications Commission")),
        meetings(
            "The staff of the Federal Communications Commission said at a special meeting that"
                + " rates would fall."));
  }

  @Test
  void itsIsTheCompanyThatSaysSoNotTheLastOneNamed() {
    assertEquals(
        List.of(set("Acme Corp", "Bolt Inc")),
        meetings(
            "Acme Corp said in a filing with the Securities and Exchange Commission that its top"
                + " officials met Bolt Inc executives on March 3."));
  }

  @Test
  void aListOfTitledNamesBeforeTheLastIsEveryoneInIt() {
    // the parser makes "President Reagan, Vice President George Bush and Secretary of State"
    // compounds
    // of "Shultz"
    assertEquals(
        List.of(set("George Bush", "George Shultz", "Reagan", "Shintaro Abe")),
        meetings(
            "Shintaro Abe said he will meet President Reagan, Vice President George Bush and"
                + " Secretary of State George Shultz."));
    // and of a noun: "Baldrige and State Department" both modify "officials"
    assertEquals(
        List.of(set("Malcolm Baldrige", "State Department", "United States")),
        meetings(
            "Commerce Secretary Malcolm Baldrige spoke on Monday.\n\n"
                + "The senators, several congressmen and U.S. semiconductor industry representatives"
                + " met with Baldrige and State Department officials to discuss Japan's alleged"
                + " violations of the agreement."));
  }

  @Test
  void speakingInADeliberativeBodyAddressesIt() {
    assertEquals(
        List.of(set("Carrie Lam", "Legislative Council")),
        meetings(
            "Speaking in the Legislative Council, Hong Kong leader Carrie Lam was interrupted by"
                + " protesting legislators."));
    assertEquals(
        List.of(set("Parliament", "Theresa May")),
        meetings("Prime Minister Theresa May spoke in Parliament on Tuesday about the deal."));
    // an organisation spoken at is the audience (the blind annotators' reading: "an appearance at
    // the Republican Jewish Coalition", "in front of the Manchester Rotary Club"); a venue is not
    assertEquals(
        List.of(set("Heritage Foundation", "Jones")),
        meetings("Senator Jones spoke at the Heritage Foundation on Monday."));
    assertEquals(List.of(), meetings("Senator Jones spoke at the Chase Center on Monday."));
  }

  @Test
  void whomANewsMediumContactsDoNotMeetEachOther() {
    assertEquals(
        List.of(),
        meetings(
            "Wikinews contacted campaign manager Steve Dasbach and deputy campaign manager Jess"
                + " Mears about the incident."));
  }

  @Test
  void aNameNerMissesAfterCounterpartIsThatPerson() {
    // NER tags "Han Min-koo" MISC, as if a nationality
    assertEquals(
        List.of(set("Ash Carter", "Han Min-koo")),
        meetings(
            "Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo \"to"
                + " discuss potential alliance responses,\" according to a Pentagon readout."));
  }

  @Test
  void aHeadOfStateIsTheLeaderOfHisCountry() {
    assertEquals(
        List.of(set("Donald Trump", "Enrique Peña Nieto")),
        meetings(
            "Mexican President Enrique Peña Nieto invited Donald Trump. Trump went to Mexico on"
                + " Wednesday for a visit with the leader of the country.",
            java.time.LocalDate.of(2016, 9, 1)));
  }

  @Test
  void theMembersAGroupIsSaidToIncludeTakePart() {
    // "leaders" alone names no one; the names it includes do.
    assertEquals(
        List.of(set("Anna Kraus", "Hans Weber", "Maria Lopez")),
        meetings(
            "Hans Weber met with several European leaders, including Maria Lopez and Anna Kraus."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber met with several European leaders, such as Maria Lopez."));
    // beside the body the group noun stands for
    assertEquals(
        List.of(set("Democratic Party", "Hans Weber", "Harry Reid", "Pat Leahy")),
        meetings(
            "Hans Weber visited the Capitol on Thursday to meet with top Senate Democrats,"
                + " including Harry Reid and Pat Leahy."));
    assertEquals(
        List.of(set("Acme Corp", "Chase Manhattan", "Citibank")),
        meetings(
            "Acme Corp resumed talks with its creditor banks, including Citibank and Chase"
                + " Manhattan."));
  }

  @Test
  void whoIsInvitedInThePassiveIsAParty() {
    // the passive's subject is the one invited, as the active's object is
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber was invited to talks with Maria Lopez."));
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings("Hans Weber was challenged to a debate by Maria Lopez."));
  }
}
