package org.w3id.parley.extract.meeting;

/** How the parties met, when the article says: face to face, or by telephone or video. */
public enum MeetingMode {
  IN_PERSON,
  CALL,
  /** The article does not say (talks, negotiations with no place or medium). */
  UNKNOWN
}
