package io.storageintegrations.model.message;

/**
 * A message payload or its headers cannot be read: bad JSON, a missing required field, a value of
 * the wrong type. The message says which, with the field's path, and never quotes secrets.
 */
public class MessageFormatException extends RuntimeException {

  public MessageFormatException(String message) {
    super(message);
  }

  public MessageFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
