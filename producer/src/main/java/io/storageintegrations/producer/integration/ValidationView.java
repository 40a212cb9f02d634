package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import java.util.List;
import java.util.Optional;

/**
 * A dry run's result: {@code status} PENDING until the outcome arrives, then PASSED, FAILED
 * (customer must fix, see checks) or ERROR (platform or transient; retry later).
 */
record ValidationView(
    String validationId,
    String projectId,
    String status,
    boolean success,
    String message,
    List<CheckResult> checks) {

  static ValidationView of(
      String validationId, String projectId, Optional<ValidationOutcome> outcome) {
    if (outcome.isEmpty()) {
      return new ValidationView(
          validationId, projectId, "PENDING", false, "validation in progress", List.of());
    }
    ValidationOutcome o = outcome.get();
    String status =
        o instanceof IntegrationValidated
            ? "PASSED"
            : o instanceof ValidationFailed ? "FAILED" : "ERROR";
    String message =
        IntegrationView.firstProblem(o.checks())
            .orElse(o instanceof ValidationErrored e ? e.reason().name() : "validated");
    return new ValidationView(
        validationId, projectId, status, o instanceof IntegrationValidated, message, o.checks());
  }
}
