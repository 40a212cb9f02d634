package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.worker.config.IntakeProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightLimitTests {

  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private final IntakeProperties intake =
      new IntakeProperties(true, "g", 256, 0, Duration.ofSeconds(20), 65536, Duration.ofMillis(50));

  private static StsProperties sts(boolean limited, int instances) {
    return new StsProperties(
        "sts.aliyuncs.com",
        Scheme.HTTPS,
        "cn-hangzhou",
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        limited,
        98,
        instances,
        900,
        1024);
  }

  @Test
  void oneInstanceKeepsItsConfiguredLimit() {
    // 98 AssumeRole/s start 490 validations in 10 s: more than 256.
    assertThat(InFlightLimit.of(intake, sts(true, 1), DEADLINE)).isEqualTo(256);
  }

  @Test
  void aSmallShareOfTheQuotaTakesInOnlyWhatItCanStartWithinHalfTheDeadline() {
    // 98 / 4 = 24.5 AssumeRole/s; 10 s start 245 calls, 122 validations.
    assertThat(InFlightLimit.of(intake, sts(true, 4), DEADLINE)).isEqualTo(122);
    assertThat(InFlightLimit.of(intake, sts(true, 1000), DEADLINE)).isEqualTo(1);
  }

  @Test
  void withoutTheQuotaTheConfiguredLimitStands() {
    assertThat(InFlightLimit.of(intake, sts(false, 4), DEADLINE)).isEqualTo(256);
  }
}
