package org.w3id.parley.store;

import org.w3id.parley.ParleyException;

/** The store cannot be opened, read or written. */
public class StoreException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
