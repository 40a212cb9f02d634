package io.storageintegrations.producer.publishing;

/** The broker did not acknowledge a message in time; the caller was not answered with success. */
public class PublishFailedException extends RuntimeException {

  PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
