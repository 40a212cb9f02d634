package io.storageintegrations.model.message;

import java.time.Instant;
import java.util.List;

/**
 * A check failed because of the customer's configuration; {@code reason} is the first failing
 * check's error code. Retrying without a change will fail again.
 */
public record ValidationFailed(
    String eventId,
    String requestId,
    String integrationId,
    String projectId,
    long revision,
    RequestKind kind,
    String reason,
    List<CheckResult> checks,
    Instant occurredAt)
    implements ValidationOutcome {

  public ValidationFailed {
    checks = List.copyOf(checks);
  }
}
