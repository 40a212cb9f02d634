package io.storageintegrations.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.topic.MessageType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntegrationAcceptedTests {

  private final ValidationRequested request =
      new ValidationRequested(
          "req-1",
          "integ-1",
          "proj-1",
          3,
          RequestKind.CREATE,
          "backups",
          "for exports",
          AccessMode.READ_WRITE,
          "my-bucket",
          "cn-hangzhou",
          "cn-hangzhou",
          "acs:ram::1234567890123456:role/si",
          "si-ext-abc",
          Instant.parse("2026-11-25T10:00:00Z"));

  @Test
  void carriesTheRequestsSettingsAndIdentity() {
    IntegrationAccepted accepted = IntegrationAccepted.of(request);

    assertThat(accepted.eventId())
        .isEqualTo(MessageType.INTEGRATION_ACCEPTED.eventId("req-1"))
        .isNotEqualTo(MessageType.INTEGRATION_VALIDATED.eventId("req-1"));
    assertThat(accepted)
        .extracting(
            IntegrationAccepted::integrationId,
            IntegrationAccepted::revision,
            IntegrationAccepted::bucket,
            IntegrationAccepted::externalId,
            IntegrationAccepted::occurredAt)
        .containsExactly("integ-1", 3L, "my-bucket", "si-ext-abc", request.requestedAt());
  }
}
