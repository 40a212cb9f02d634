package io.storageintegrations.model.rules;

/** One field that breaks a rule, with a message that names the value and the fix. */
public record FieldViolation(String field, String message) {

  @Override
  public String toString() {
    return message;
  }
}
