package io.storageintegrations.producer.integration;

import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.OutcomeSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An integration as the API describes it: settings, state, a one-line {@code message}, the last
 * check results with their remediation, the recent history, and when a job was last vended
 * credentials for it ({@code lastVendedAt}, null when not within the producer's look-back).
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
    @Schema(
            nullable = true,
            description =
                "When credentials were last vended for the integration (any producer instance),"
                    + " from the audit topic; null when not within the look-back"
                    + " (storage-integrations.registry.last-vended-window, default 7 days)")
        Instant lastVendedAt,
    Instant updatedAt,
    List<CheckResult> checks,
    List<OutcomeSummary> history) {

  /** The record as the API shows it, with its last vend (null if none is known). */
  public static IntegrationView of(IntegrationRecord r, Instant lastVendedAt) {
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
        lastVendedAt,
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
