package org.w3id.parley.extract.meeting;

/**
 * Whether a meeting took place, is only planned, or was called off or refused, as the article
 * presents it at its publication date.
 */
public enum MeetingStatus {
  HELD,
  PLANNED,
  CANCELLED
}
