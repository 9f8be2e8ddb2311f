/**
 * Who takes part in a meeting: the parties a meeting word's dependency paths lead to ({@link
 * org.w3id.parley.extract.meeting.party.PartyFinder} for verbs, {@link
 * org.w3id.parley.extract.meeting.party.NounParties} for nouns), with the words that stand for
 * them: groups and titles, "they" and "the two firms", audiences, attendees and the sides of deal
 * talks.
 */
package org.w3id.parley.extract.meeting.party;
