package io.storageintegrations.emulator.state;

/** AccessKey status as RAM names it. */
public enum KeyStatus {
  Active,
  Inactive
}
