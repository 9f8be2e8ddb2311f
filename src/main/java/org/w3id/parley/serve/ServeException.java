package org.w3id.parley.serve;

import org.w3id.parley.ParleyException;

/**
 * The SPARQL server cannot be set up or started: a bad configuration file, store folder or port.
 */
public class ServeException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public ServeException(String message) {
    super(message);
  }

  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
