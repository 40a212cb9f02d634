package io.storageintegrations.worker.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.cloud.Lane;
import io.storageintegrations.worker.validation.ExternalIdRecheck.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExternalIdRecheckTests {

  private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);
  private final ExternalIdRecheck recheck =
      new ExternalIdRecheck(DAY, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aPeriodicRevalidationSkipsOnlyWithinThePeriodOfTheLastRealPass() {
    assertThat(periodic(NOW.minus(Duration.ofHours(1)))).isEqualTo(Decision.SKIP);
    assertThat(periodic(NOW.minus(DAY).plusMillis(1))).isEqualTo(Decision.SKIP);
    assertThat(periodic(NOW)).isEqualTo(Decision.SKIP);
    assertThat(periodic(NOW.minus(DAY))).isEqualTo(Decision.DUE);
    assertThat(periodic(NOW.minus(Duration.ofDays(400)))).isEqualTo(Decision.DUE);
    assertThat(periodic(Instant.EPOCH)).isEqualTo(Decision.DUE);
  }

  @Test
  void aTimeAfterTheWorkersClockIsNotTrusted() {
    assertThat(periodic(NOW.plusMillis(1))).isEqualTo(Decision.FUTURE);
    assertThat(periodic(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo(Decision.FUTURE);
  }

  @Test
  void requestsOfOlderProducersWithoutATimeGetTheFullTest() {
    assertThat(periodic(null)).isEqualTo(Decision.ABSENT);
  }

  @Test
  void interactiveValidationsAlwaysTestEvenWhenTheyCarryARecentTime() {
    Instant recent = NOW.minusSeconds(60);
    for (RequestKind kind : RequestKind.values()) {
      assertThat(recheck.decide(request(kind, recent), Lane.INTERACTIVE))
          .isEqualTo(Decision.INTERACTIVE);
    }
    // the background lane carries only periodic re-validations; anything else there is tested
    assertThat(recheck.decide(request(RequestKind.CREATE, recent), Lane.BACKGROUND))
        .isEqualTo(Decision.INTERACTIVE);
  }

  @Test
  void aZeroPeriodTestsEveryTime() {
    ExternalIdRecheck never =
        new ExternalIdRecheck(Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(never.decide(request(RequestKind.REVALIDATE, NOW), Lane.BACKGROUND))
        .isEqualTo(Decision.DUE);
  }

  private Decision periodic(Instant verifiedAt) {
    return recheck.decide(request(RequestKind.REVALIDATE, verifiedAt), Lane.BACKGROUND);
  }

  private static ValidationRequested request(RequestKind kind, Instant verifiedAt) {
    return TestCloud.as(
        TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE), kind, verifiedAt);
  }
}
