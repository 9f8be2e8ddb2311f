package org.w3id.parley.extract.meeting;

/**
 * Whether a meeting took place or is only planned, as the article presents it at its publication
 * date.
 */
public enum MeetingStatus {
  HELD,
  PLANNED
}
