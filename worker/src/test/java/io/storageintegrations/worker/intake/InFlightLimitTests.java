package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightLimitTests {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Test
  void theWholeFleetRateKeepsTheConfiguredLimitAndHalfOfItForTheBackground() {
    // 95 AssumeRole/s start 475 validations in 10 s: more than 256.
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 95, DEADLINE))
        .isEqualTo(new InFlightLimit(256, 128));
  }

  @Test
  void aSmallShareOfTheQuotaTakesInOnlyWhatItCanStartWithinHalfTheDeadline() {
    // A quarter of 95/s = 23.75 AssumeRole/s: 10 s start 237 calls, 118 validations; the background
    // half of that rate 59.
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 23.75, DEADLINE))
        .isEqualTo(new InFlightLimit(118, 59));
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 0.05, DEADLINE))
        .isEqualTo(new InFlightLimit(1, 1));
  }

  @Test
  void withoutTheQuotaTheConfiguredLimitStands() {
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 0, DEADLINE))
        .isEqualTo(new InFlightLimit(256, 128));
  }
}
