package org.w3id.parley.link;

import org.w3id.parley.ParleyException;

/**
 * Linking failed: Wikidata cannot be reached or answered something unreadable, or the Wikipedia
 * anchor index cannot be built or read.
 */
public class LinkException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public LinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
