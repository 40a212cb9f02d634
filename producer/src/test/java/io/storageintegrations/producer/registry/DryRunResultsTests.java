package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DryRunResultsTests {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final DryRunResults results =
      new DryRunResults(new DryRunProperties(Duration.ofHours(1), 3), meters, clock);

  @Test
  void aRequestReadFromKafkaIsPendingUntilItsOutcomeArrives() {
    results.requested("valid-1", "p1", T0);

    assertThat(results.find("valid-1")).get().satisfies(d -> assertThat(d.now()).isEmpty());
    results.complete(validated("valid-1"));
    assertThat(results.find("valid-1").flatMap(DryRunResults.DryRun::now))
        .get()
        .isInstanceOf(IntegrationValidated.class);
    assertThat(results.find("valid-unknown")).isEmpty();
  }

  @Test
  void anOutcomeWithoutItsRequestIsKeptAndALaterRequestChangesNothing() {
    results.complete(validated("valid-2"));
    results.requested("valid-2", "p1", T0);

    assertThat(results.find("valid-2").flatMap(DryRunResults.DryRun::now)).isPresent();
  }

  @Test
  void theLastCopyOfARedeliveredOutcomeWins() {
    results.requested("valid-3", "p1", T0);
    results.complete(errored("valid-3"));
    results.complete(validated("valid-3"));

    assertThat(results.find("valid-3").flatMap(DryRunResults.DryRun::now))
        .get()
        .isInstanceOf(IntegrationValidated.class);
  }

  @Test
  void resultsExpireAfterTheRetention() {
    results.requested("valid-4", "p1", T0);
    clock.now = T0.plus(Duration.ofMinutes(59));
    assertThat(results.find("valid-4")).isPresent();

    clock.now = T0.plus(Duration.ofMinutes(61));
    assertThat(results.find("valid-4")).isEmpty();
    results.requested("valid-5", "p1", clock.now);
    assertThat(results.size()).as("expired entries are dropped").isEqualTo(1);
  }

  @Test
  void memoryIsCappedOldestFirstAndCounted() {
    for (int i = 0; i < 5; i++) {
      results.requested("valid-cap-" + i, "p1", T0.plusSeconds(i));
    }

    assertThat(results.size()).isEqualTo(3);
    assertThat(results.find("valid-cap-0")).isEmpty();
    assertThat(results.find("valid-cap-1")).isEmpty();
    assertThat(results.find("valid-cap-4")).isPresent();
    assertThat(meters.get("storage_integrations.dry_runs.evicted").counter().count()).isEqualTo(2);
    assertThat(meters.get("storage_integrations.dry_runs.kept").gauge().value()).isEqualTo(3);
  }

  @Test
  void onlyPayloadsWithTheKindValidateAreDecoded() {
    assertThat(DryRunObserver.mentionsValidate(bytes("{\"kind\":\"VALIDATE\",\"x\":1}"))).isTrue();
    assertThat(DryRunObserver.mentionsValidate(bytes("{\"kind\":\"REVALIDATE\"}"))).isFalse();
    assertThat(DryRunObserver.mentionsValidate(bytes("{\"kind\":\"CREATE\"}"))).isFalse();
    assertThat(DryRunObserver.mentionsValidate(bytes("\"VALIDATE"))).isFalse();
    assertThat(DryRunObserver.mentionsValidate(new byte[0])).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ValidationOutcome validated(String id) {
    return new IntegrationValidated(
        "e-" + id, "r-" + id, id, "p1", 0, RequestKind.VALIDATE, List.of(), T0);
  }

  private static ValidationOutcome errored(String id) {
    return new ValidationErrored(
        "e-" + id,
        "r-" + id,
        id,
        "p1",
        0,
        RequestKind.VALIDATE,
        ErrorReason.DEADLINE_EXCEEDED,
        true,
        List.of(),
        T0);
  }

  private static final class MutableClock extends Clock {
    Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
