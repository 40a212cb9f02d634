package io.storageintegrations.producer.integration;

import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.OutcomeSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An integration as the API describes it: settings, state, a one-line {@code message}, the last
 * check results with their remediation, and the recent history.
 */
public record IntegrationView(
    String integrationId,
    String projectId,
    String name,
    String description,
    AccessMode access,
    String bucket,
    String region,
    String roleArn,
    String externalId,
    IntegrationState state,
    boolean validationInFlight,
    String message,
    long revision,
    Instant createdAt,
    Instant lastValidatedAt,
    Instant updatedAt,
    List<CheckResult> checks,
    List<OutcomeSummary> history) {

  public static IntegrationView of(IntegrationRecord r) {
    return new IntegrationView(
        r.integrationId(),
        r.projectId(),
        r.name(),
        r.description(),
        r.access(),
        r.bucket(),
        r.bucketRegion(),
        r.roleArn(),
        r.externalId(),
        r.state(),
        inFlight(r),
        message(r),
        r.revision(),
        r.createdAt(),
        r.lastValidatedAt(),
        r.updatedAt(),
        r.lastChecks(),
        r.history());
  }

  static boolean inFlight(IntegrationRecord r) {
    return !r.history().isEmpty()
        && r.history().get(r.history().size() - 1).state() == IntegrationState.PENDING;
  }

  /** The first failing (or warning) check, like the one-line message peer platforms show. */
  static String message(IntegrationRecord r) {
    if (r.state() == IntegrationState.PENDING) {
      return "validation in progress";
    }
    return firstProblem(r.lastChecks())
        .orElse(
            r.state() == IntegrationState.ACTIVE ? "validated" : r.state().name().toLowerCase());
  }

  static Optional<String> firstProblem(List<CheckResult> checks) {
    for (CheckStatus status : List.of(CheckStatus.FAIL, CheckStatus.WARN)) {
      for (CheckResult check : checks) {
        if (check.status() == status) {
          return Optional.of(
              check.check()
                  + " "
                  + status
                  + (check.code() == null ? "" : " " + check.code())
                  + (check.message() == null ? "" : ": " + check.message()));
        }
      }
    }
    return Optional.empty();
  }
}
