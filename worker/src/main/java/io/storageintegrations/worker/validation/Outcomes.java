package io.storageintegrations.worker.validation;

import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.message.ValidationRequested;
import java.time.Instant;
import java.util.List;

/**
 * Decides the outcome from the checks' faults: a platform fault makes every other result
 * meaningless (ERROR, not retryable until operators act); else a customer FAIL is a verdict
 * (FAILED); else an unfinished check is ERROR with a retryable reason; else VALIDATED.
 */
public final class Outcomes {

  /** The event kind every outcome's ID derives from, whatever its type. */
  static final String OUTCOME_KIND = "ValidationOutcome";

  private Outcomes() {}

  /** The outcome's eventId: the same for every delivery of the same request. */
  public static String eventId(String requestId) {
    return MessageCodec.eventId(requestId, OUTCOME_KIND);
  }

  static ValidationOutcome of(ValidationRequested r, List<CheckOutcome> outcomes, Instant now) {
    List<CheckResult> checks = outcomes.stream().map(CheckOutcome::result).toList();
    String id = eventId(r.requestId());
    if (has(outcomes, Fault.PLATFORM)) {
      return errored(r, id, ErrorReason.PLATFORM_CONFIGURATION, false, checks, now);
    }
    var customer = outcomes.stream().filter(o -> o.fault() == Fault.CUSTOMER).findFirst();
    if (customer.isPresent()) {
      return new ValidationFailed(
          id,
          r.requestId(),
          r.integrationId(),
          r.projectId(),
          r.revision(),
          r.kind(),
          customer.get().result().code(),
          checks,
          now);
    }
    if (has(outcomes, Fault.DEADLINE)) {
      return errored(r, id, ErrorReason.DEADLINE_EXCEEDED, true, checks, now);
    }
    if (has(outcomes, Fault.RETRIES_EXHAUSTED)) {
      return errored(r, id, ErrorReason.RETRIES_EXHAUSTED, true, checks, now);
    }
    return new IntegrationValidated(
        id, r.requestId(), r.integrationId(), r.projectId(), r.revision(), r.kind(), checks, now);
  }

  private static boolean has(List<CheckOutcome> outcomes, Fault fault) {
    return outcomes.stream().anyMatch(o -> o.fault() == fault);
  }

  private static ValidationErrored errored(
      ValidationRequested r,
      String id,
      ErrorReason reason,
      boolean retryable,
      List<CheckResult> checks,
      Instant now) {
    return new ValidationErrored(
        id,
        r.requestId(),
        r.integrationId(),
        r.projectId(),
        r.revision(),
        r.kind(),
        reason,
        retryable,
        checks,
        now);
  }
}
