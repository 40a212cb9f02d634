package io.storageintegrations.emulator.sts;

/** Aborts request handling with an STS error; {@code message} may refine the default text. */
final class StsException extends RuntimeException {

  final StsError error;

  StsException(StsError error) {
    this(error, error.message);
  }

  StsException(StsError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }
}
