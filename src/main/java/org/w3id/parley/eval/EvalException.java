package org.w3id.parley.eval;

import org.w3id.parley.ParleyException;

/** A gold corpus or a system output cannot be read. */
public class EvalException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
