package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;

/** Intake settings for tests: the documented defaults except what a test is about. */
final class IntakeSettings {

  private IntakeSettings() {}

  static IntakeProperties of(int maxInFlight, Duration drain, Duration revokeGrace) {
    return new IntakeProperties(
        true,
        "g",
        maxInFlight,
        0,
        drain,
        65536,
        Duration.ofMillis(5),
        0.5,
        revokeGrace,
        Duration.ofSeconds(30));
  }

  static IntakeProperties of(int maxInFlight) {
    return of(maxInFlight, Duration.ofSeconds(20), Duration.ofSeconds(5));
  }
}
