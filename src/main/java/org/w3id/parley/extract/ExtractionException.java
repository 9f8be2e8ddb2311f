package org.w3id.parley.extract;

import org.w3id.parley.ParleyException;

/** Facts could not be extracted from an article. */
public class ExtractionException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
