package io.storageintegrations.model.message;

import java.time.Instant;
import java.util.List;

/** Every check passed (WARN allowed): the integration is usable. */
public record IntegrationValidated(
    String eventId,
    String requestId,
    String integrationId,
    String projectId,
    long revision,
    RequestKind kind,
    List<CheckResult> checks,
    Instant occurredAt)
    implements ValidationOutcome {

  public IntegrationValidated {
    checks = List.copyOf(checks);
  }
}
