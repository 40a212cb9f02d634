package io.storageintegrations.model.message;

import java.time.Instant;
import java.util.List;

/** The validation could not reach a verdict; see {@link ErrorReason}. */
public record ValidationErrored(
    String eventId,
    String requestId,
    String integrationId,
    String projectId,
    long revision,
    RequestKind kind,
    ErrorReason reason,
    boolean retryable,
    List<CheckResult> checks,
    Instant occurredAt)
    implements ValidationOutcome {

  public ValidationErrored {
    checks = List.copyOf(checks);
  }
}
