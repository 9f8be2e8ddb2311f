package org.w3id.parley.bench;

import org.w3id.parley.ParleyException;

/** A benchmark that cannot run: its pipeline does not load, or an article breaks it. */
public final class BenchException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
