package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightLimitTests {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Test
  void theWholeFleetRateTakesInWhatItStartsWithinTwoSecondsAndHalfOfThatForTheBackground() {
    // 95 AssumeRole/s start 190 calls in 2 s: 95 validations; the background half of the rate 47.
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 95, DEADLINE))
        .isEqualTo(new InFlightLimit(95, 47));
  }

  @Test
  void aSmallShareOfTheQuotaTakesInLessAndAShortDeadlineLessStill() {
    // A quarter of 95/s = 23.75 AssumeRole/s: 2 s start 47 calls, 23 validations; background 11.
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 23.75, DEADLINE))
        .isEqualTo(new InFlightLimit(23, 11));
    // A 2 s deadline: half of it, 1 s, starts 95 calls, 47 validations.
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 95, Duration.ofSeconds(2)))
        .isEqualTo(new InFlightLimit(47, 23));
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 0.05, DEADLINE))
        .isEqualTo(new InFlightLimit(1, 1));
  }

  @Test
  void withoutTheQuotaTheConfiguredLimitStands() {
    assertThat(InFlightLimit.of(IntakeSettings.of(256), 0, DEADLINE))
        .isEqualTo(new InFlightLimit(256, 128));
  }
}
