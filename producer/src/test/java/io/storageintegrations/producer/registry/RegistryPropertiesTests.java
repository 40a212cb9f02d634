package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryPropertiesTests {

  @Test
  void withTheDefaultsAPeriodicRevalidationCostsOneCallAndTheNegativeTestEveryTwentyFourth() {
    RegistryProperties defaults = properties(Duration.ofHours(1), Duration.ofHours(24), null);

    assertThat(defaults.assumeRoleCallsPerRevalidation()).isCloseTo(1 + 1 / 24.0, within(1e-9));
    // 95 AssumeRole/s × 0.5 for the background / (25/24) calls per re-validation
    assertThat(defaults.fleetRevalidationsPerSecond()).isCloseTo(45.6, within(1e-9));
  }

  @Test
  void aPeriodNoLongerThanTheIntervalOrZeroMeansTwoCallsEveryTime() {
    assertThat(
            properties(Duration.ofHours(1), Duration.ZERO, null).assumeRoleCallsPerRevalidation())
        .isEqualTo(2.0);
    assertThat(
            properties(Duration.ofHours(2), Duration.ofHours(1), null)
                .assumeRoleCallsPerRevalidation())
        .isEqualTo(2.0);
    assertThat(
            properties(Duration.ofHours(1), Duration.ofMinutes(90), null)
                .assumeRoleCallsPerRevalidation())
        .isEqualTo(1.5);
    assertThat(properties(Duration.ofHours(1), Duration.ZERO, null).fleetRevalidationsPerSecond())
        .isCloseTo(23.75, within(1e-9));
  }

  @Test
  void anExplicitRateWins() {
    assertThat(
            properties(Duration.ofHours(1), Duration.ofHours(24), 5.0)
                .fleetRevalidationsPerSecond())
        .isEqualTo(5.0);
  }

  private static RegistryProperties properties(Duration interval, Duration period, Double rate) {
    return new RegistryProperties(
        "g", 20, interval, Duration.ofMinutes(1), rate, 95, 0.5, 100_000, period);
  }
}
