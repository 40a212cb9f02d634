package io.storageintegrations.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.topic.MessageType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntegrationDeletedTests {

  @Test
  void isDerivedFromTheRequestSoEveryPublisherWritesTheSameEvent() {
    DeletionRequested request =
        new DeletionRequested(
            "req-9", "integ-9", "proj-1", 4, Instant.parse("2026-11-25T10:00:00Z"));

    IntegrationDeleted deleted = IntegrationDeleted.of(request);

    assertThat(deleted)
        .isEqualTo(
            new IntegrationDeleted(
                MessageType.INTEGRATION_DELETED.eventId("req-9"),
                "req-9",
                "integ-9",
                "proj-1",
                4,
                request.requestedAt()));
    assertThat(IntegrationDeleted.of(request)).isEqualTo(deleted);
  }
}
