package org.w3id.parley.link;

import org.w3id.parley.ParleyException;

/** Wikidata cannot be reached or answered something unreadable. */
public class LinkException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public LinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
