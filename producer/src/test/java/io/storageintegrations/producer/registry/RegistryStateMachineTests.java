package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryStateMachineTests {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final RegistryStateMachine machine = new RegistryStateMachine(3);

  private static IntegrationAccepted accepted(long revision, RequestKind kind, String requestId) {
    return new IntegrationAccepted(
        "e-" + requestId,
        requestId,
        "integ-1",
        "p1",
        revision,
        kind,
        "backups",
        null,
        AccessMode.READ_WRITE,
        "bucket-a",
        "cn-hangzhou",
        "acs:ram::1:role/r",
        "si-ext-x",
        T0.plusSeconds(revision));
  }

  private static List<CheckResult> checks(CheckStatus status) {
    return List.of(new CheckResult(Check.ROLE_ASSUMABLE, status, "C", "m", "fix", 1, 5));
  }

  private static IntegrationValidated validated(long revision, String requestId) {
    return new IntegrationValidated(
        "v-" + requestId,
        requestId,
        "integ-1",
        "p1",
        revision,
        RequestKind.CREATE,
        checks(CheckStatus.PASS),
        T0.plusSeconds(100 + revision));
  }

  private static ValidationFailed failed(long revision, String requestId) {
    return new ValidationFailed(
        "f-" + requestId,
        requestId,
        "integ-1",
        "p1",
        revision,
        RequestKind.CREATE,
        "ROLE",
        checks(CheckStatus.FAIL),
        T0.plusSeconds(200 + revision));
  }

  private IntegrationRecord upsert(IntegrationRecord current, Object event) {
    Transition t =
        machine.apply(
            current, false, (io.storageintegrations.model.message.IntegrationEvent) event);
    assertThat(t).isInstanceOf(Transition.Upsert.class);
    return ((Transition.Upsert) t).record();
  }

  @Test
  void createMakesAPendingRecordAndOutcomesDecideTheState() {
    IntegrationRecord pending = upsert(null, accepted(1, RequestKind.CREATE, "r1"));
    assertThat(pending.state()).isEqualTo(IntegrationState.PENDING);
    assertThat(pending.lastValidatedAt()).isNull();

    IntegrationRecord active = upsert(pending, validated(1, "r1"));
    assertThat(active.state()).isEqualTo(IntegrationState.ACTIVE);
    assertThat(active.lastChecks()).hasSize(1);
    assertThat(active.updatedAt()).isEqualTo(T0.plusSeconds(101));

    IntegrationRecord error =
        upsert(
            upsert(active, accepted(2, RequestKind.REVALIDATE, "r2")),
            new ValidationErrored(
                "x",
                "r2",
                "integ-1",
                "p1",
                2,
                RequestKind.REVALIDATE,
                ErrorReason.RETRIES_EXHAUSTED,
                true,
                List.of(),
                T0.plusSeconds(300)));
    assertThat(error.state()).isEqualTo(IntegrationState.ERROR);
    assertThat(error.history().get(error.history().size() - 1).reason())
        .isEqualTo("RETRIES_EXHAUSTED");
  }

  @Test
  void revalidationKeepsTheVerdictAndBumpsTheRevision() {
    IntegrationRecord active =
        upsert(upsert(null, accepted(1, RequestKind.CREATE, "r1")), validated(1, "r1"));
    IntegrationRecord revalidating = upsert(active, accepted(2, RequestKind.REVALIDATE, "r2"));
    assertThat(revalidating.state()).isEqualTo(IntegrationState.ACTIVE);
    assertThat(revalidating.revision()).isEqualTo(2);
    assertThat(revalidating.history().get(revalidating.history().size() - 1).state())
        .isEqualTo(IntegrationState.PENDING);
  }

  @Test
  void staleOutcomesAndStaleRequestsAreIgnored() {
    IntegrationRecord revalidating =
        upsert(
            upsert(null, accepted(1, RequestKind.CREATE, "r1")),
            accepted(2, RequestKind.REVALIDATE, "r2"));
    assertThat(machine.apply(revalidating, false, failed(1, "r1")))
        .isInstanceOf(Transition.Ignore.class);
    assertThat(machine.apply(revalidating, false, accepted(2, RequestKind.REVALIDATE, "r3")))
        .isInstanceOf(Transition.Ignore.class);
  }

  @Test
  void duplicatesAreIgnoredAndHistoryIsBounded() {
    IntegrationRecord active =
        upsert(upsert(null, accepted(1, RequestKind.CREATE, "r1")), validated(1, "r1"));
    assertThat(machine.apply(active, false, validated(1, "r1")))
        .isInstanceOf(Transition.Ignore.class);
    assertThat(machine.apply(active, false, accepted(1, RequestKind.CREATE, "r1")))
        .isInstanceOf(Transition.Ignore.class);

    IntegrationRecord r = active;
    for (int rev = 2; rev < 6; rev++) {
      r = upsert(r, accepted(rev, RequestKind.REVALIDATE, "r" + rev));
    }
    assertThat(r.history()).hasSize(3);
  }

  @Test
  void createdAtStaysTheCreationTimeAfterTheHistoryRollsOver() {
    IntegrationRecord r =
        upsert(upsert(null, accepted(1, RequestKind.CREATE, "r1")), validated(1, "r1"));
    for (int rev = 2; rev < 10; rev++) {
      r = upsert(r, accepted(rev, RequestKind.REVALIDATE, "r" + rev));
    }
    assertThat(r.history().get(0).at()).isAfter(T0.plusSeconds(1));
    assertThat(r.createdAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void aLaterCopyOfTheSameRequestsOutcomeWithAnotherVerdictReplacesTheEarlierOne() {
    IntegrationRecord active =
        upsert(upsert(null, accepted(1, RequestKind.CREATE, "r1")), validated(1, "r1"));

    IntegrationRecord invalid = upsert(active, failed(1, "r1"));

    assertThat(invalid.state()).isEqualTo(IntegrationState.INVALID);
    assertThat(invalid.history())
        .filteredOn(h -> "r1".equals(h.requestId()) && h.state() != IntegrationState.PENDING)
        .singleElement()
        .satisfies(h -> assertThat(h.state()).isEqualTo(IntegrationState.INVALID));
  }

  @Test
  void nothingButACreateMakesARecordAndDeletedStaysDeleted() {
    assertThat(machine.apply(null, false, validated(1, "r1")))
        .isInstanceOf(Transition.Ignore.class);
    assertThat(machine.apply(null, false, accepted(2, RequestKind.REVALIDATE, "r2")))
        .isInstanceOf(Transition.Ignore.class);
    assertThat(machine.apply(null, true, accepted(1, RequestKind.CREATE, "r1")))
        .isInstanceOf(Transition.Ignore.class);
    assertThat(machine.apply(null, false, accepted(1, RequestKind.VALIDATE, "r1")))
        .isInstanceOf(Transition.Ignore.class);

    IntegrationRecord pending = upsert(null, accepted(1, RequestKind.CREATE, "r1"));
    assertThat(
            machine.apply(
                pending, false, new IntegrationDeleted("d", "r9", "integ-1", "p1", 2, T0)))
        .isInstanceOf(Transition.Remove.class);
  }
}
