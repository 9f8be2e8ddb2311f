package org.w3id.parley.ingest;

import org.w3id.parley.ParleyException;

/**
 * Input that cannot be read at all (a missing path, an unreadable folder). Bad articles are {@link
 * Rejection}s.
 */
public class IngestException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
