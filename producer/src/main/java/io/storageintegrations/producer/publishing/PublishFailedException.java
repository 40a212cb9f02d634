package io.storageintegrations.producer.publishing;

/**
 * The broker did not acknowledge a message in time; the caller was not answered with success. When
 * {@link #outcomeUnknown()} the broker may still have committed it (a transaction's commit timed
 * out), so the caller is told to retry with the same Idempotency-Key rather than that nothing
 * happened.
 */
public class PublishFailedException extends RuntimeException {

  private final boolean outcomeUnknown;

  PublishFailedException(String message, Throwable cause) {
    this(message, cause, false);
  }

  PublishFailedException(String message, Throwable cause, boolean outcomeUnknown) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
