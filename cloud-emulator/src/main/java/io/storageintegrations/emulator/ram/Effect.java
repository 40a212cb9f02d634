package io.storageintegrations.emulator.ram;

/** The effect of a policy statement. */
public enum Effect {
  ALLOW,
  DENY
}
