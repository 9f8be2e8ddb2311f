package org.w3id.parley.nlp;

import org.w3id.parley.ParleyException;

/** CoreNLP could not be loaded or failed on an article. */
public class NlpException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public NlpException(String message, Throwable cause) {
    super(message, cause);
  }
}
