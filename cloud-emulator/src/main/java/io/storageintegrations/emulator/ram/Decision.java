package io.storageintegrations.emulator.ram;

/** Outcome of evaluating policies for one request. */
public enum Decision {
  ALLOW,
  EXPLICIT_DENY,
  IMPLICIT_DENY;

  public boolean allowed() {
    return this == ALLOW;
  }
}
