package io.storageintegrations.emulator.state;

import java.time.Duration;

/** Tunables of the emulated services. */
public record EmulatorSettings(
    int assumeRoleRatePerSecond,
    Duration maxClockSkew,
    long maxObjectBytes,
    long maxTotalBytes,
    int maxSessions,
    String defaultRegion) {

  public static EmulatorSettings defaults() {
    return new EmulatorSettings(
        100, Duration.ofMinutes(15), 64L << 20, 512L << 20, 200_000, "cn-hangzhou");
  }

  public EmulatorSettings withAssumeRoleRatePerSecond(int rate) {
    return new EmulatorSettings(
        rate, maxClockSkew, maxObjectBytes, maxTotalBytes, maxSessions, defaultRegion);
  }
}
