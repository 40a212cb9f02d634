package io.storageintegrations.emulator.ram;

/** A policy document that does not follow the RAM policy grammar; the message names the element. */
public final class PolicyGrammarException extends RuntimeException {

  public PolicyGrammarException(String message) {
    super(message);
  }
}
