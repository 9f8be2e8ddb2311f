package org.w3id.parley;

/**
 * Base of every error Parley raises on purpose. Each stage has its own subclass, and the CLI turns
 * any of them into one line on standard error and an exit code; a stack trace is printed only with
 * {@code --verbose}.
 */
public class ParleyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParleyException(String message) {
    super(message);
  }

  public ParleyException(String message, Throwable cause) {
    super(message, cause);
  }
}
