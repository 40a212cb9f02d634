package io.storageintegrations.emulator.seed;

/** A seed that cannot be loaded; the message names the source, the line or field, and the fix. */
public final class SeedException extends RuntimeException {

  public SeedException(String message) {
    super(message);
  }

  public SeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
