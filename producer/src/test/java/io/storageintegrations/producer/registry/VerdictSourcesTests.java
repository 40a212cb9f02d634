package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationRequested;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictSourcesTests {

  private static final String WORKER = "/storage-integrations/worker";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final VerdictSources sources = new VerdictSources(List.of(WORKER));

  private final ValidationRequested create =
      new ValidationRequested(
          "req-1",
          "integ-1",
          "p1",
          1,
          RequestKind.CREATE,
          "backups",
          null,
          AccessMode.READ_WRITE,
          "bucket-a",
          "cn-hangzhou",
          "cn-hangzhou",
          "acs:ram::1:role/r",
          "si-ext-1",
          T0);

  @Test
  void verdictsCountOnlyFromAWorker() {
    List<Object> verdicts =
        List.of(
            new IntegrationValidated(
                "e1", "req-1", "integ-1", "p1", 1, RequestKind.CREATE, List.of(), T0),
            new ValidationFailed(
                "e2", "req-1", "integ-1", "p1", 1, RequestKind.CREATE, "X", List.of(), T0),
            new ValidationErrored(
                "e3",
                "req-1",
                "integ-1",
                "p1",
                1,
                RequestKind.VALIDATE,
                ErrorReason.RETRIES_EXHAUSTED,
                true,
                List.of(),
                T0));

    assertThat(verdicts).allSatisfy(v -> assertThat(sources.trusted(v, WORKER)).isTrue());
    for (String foreign :
        new String[] {
          "/console-backend", "/storage-integrations/producer", "", null, WORKER + "/"
        }) {
      assertThat(verdicts)
          .as(String.valueOf(foreign))
          .allSatisfy(v -> assertThat(sources.trusted(v, foreign)).isFalse());
    }
  }

  @Test
  void lifecycleEventsAreNoVerdicts() {
    IntegrationAccepted accepted = IntegrationAccepted.of(create);
    IntegrationDeleted deleted =
        IntegrationDeleted.of(new DeletionRequested("req-2", "integ-1", "p1", 2, T0));

    for (String source : new String[] {WORKER, "/storage-integrations/producer", "/console"}) {
      assertThat(sources.trusted(accepted, source)).isTrue();
      assertThat(sources.trusted(deleted, source)).isTrue();
    }
  }
}
