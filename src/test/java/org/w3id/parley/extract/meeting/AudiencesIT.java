package org.w3id.parley.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.parley.extract.meeting.MeetingLabels.meetings;
import static org.w3id.parley.extract.meeting.MeetingLabels.set;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings with those one speaks to or appears with, on invented sentences through the real
 * pipeline: a witness before a committee, an organisation spoken at, a forum, and one who
 * introduces a speaker.
 */
class AudiencesIT {
  @Test
  void oneWhoAppearsBeforeACommitteeAddressesIt() {
    assertEquals(
        List.of(set("Anna Kraus", "House Judiciary Committee")),
        meetings(
            "Attorney General Anna Kraus will appear before the House Judiciary Committee on"
                + " Tuesday."));
  }

  @Test
  void anOrganisationSpokenAtIsTheAudience() {
    assertEquals(
        List.of(set("Joe Smith", "NAACP")),
        meetings("Joe Smith was jeered last week during an appearance at the NAACP."));
    assertEquals(
        List.of(set("Brookings Institution", "Hans Weber")),
        meetings("Hans Weber gave a speech at the Brookings Institution on Monday."));
  }

  @Test
  void anOrganisationAppearedBeforeIsTheAudience() {
    assertEquals(
        List.of(set("Joe Smith", "Republican Jewish Coalition")),
        meetings(
            "Joe Smith failed to allay concerns during an awkward December appearance before the"
                + " Republican Jewish Coalition."));
    assertEquals(
        List.of(set("Joe Smith", "NAACP")),
        meetings("Joe Smith spoke before the NAACP on Thursday."));
  }

  @Test
  void aForumIsItsOrganisersGathering() {
    assertEquals(
        List.of(set("Fair Immigration Reform Movement", "Maria Lopez")),
        meetings("Maria Lopez spoke at the Fair Immigration Reform Movement forum on Sunday."));
  }

  @Test
  void oneWhoIntroducesASpeakerAppearsWithThem() {
    assertEquals(
        List.of(set("Hans Weber", "Maria Lopez")),
        meetings(
            "Hans Weber, speaking at a resort in Florida, was introduced by former rival Maria"
                + " Lopez, who endorsed him last week."));
  }

  @Test
  void aSpeechPreparedForDeliveryIsGivenToItsAudience() {
    // the wire's "prepared for delivery" reports a speech given that day, not one planned
    assertEquals(
        List.of(MeetingStatus.HELD),
        MeetingLabels.statuses(
            "In remarks prepared for delivery to the Economic Club of Detroit, Hans Weber said"
                + " inflation remained a danger."));
    assertEquals(
        List.of(set("Economic Club", "Hans Weber")),
        meetings(
            "In remarks prepared for delivery to the Economic Club of Detroit, Hans Weber said"
                + " inflation remained a danger."));
    assertEquals(
        List.of(set("Inter-American Development Bank", "James Baker")),
        meetings(
            "In a speech prepared for delivery to the annual meeting of the Inter-American"
                + " Development Bank, James Baker said, \"We are making progress.\""));
  }

  @Test
  void remarksToTheMediaAreNoMeeting() {
    assertEquals(
        List.of(),
        meetings("Hans Weber said in remarks to The Washington Post that the dollar was stable."));
    assertEquals(
        List.of(set("Hans Weber", "Senate Banking Committee")),
        meetings("Hans Weber's remarks to the Senate Banking Committee were well received."));
  }

  @Test
  void aVenueSpokenAtIsWhereNotWhom() {
    assertEquals(List.of(), meetings("Hans Weber gave a speech at the Barclays Center on Monday."));
  }

  @Test
  void aCongressOfAnAssociationIsItsGathering() {
    assertEquals(
        List.of(set("Interarab Cambist Association", "Kurt Viermetz")),
        meetings(
            "Speaking at the 14th annual congress of the Interarab Cambist Association, Kurt"
                + " Viermetz said the agreement left many questions unanswered."));
  }

  @Test
  void oneIntroducesPersonsNotParties() {
    assertEquals(
        List.of(),
        meetings(
            "Kanye West named Michelle Tidball as his running mate and introduced the Birthday"
                + " Party as the vehicle for his run."));
  }

  @Test
  void aVenueVisitedMeetsNoOne() {
    assertEquals(
        List.of(),
        meetings(
            "Hillary Clinton visited the National Law Enforcement Officers Memorial in Washington to"
                + " pay respects to fallen officers."));
  }
}
