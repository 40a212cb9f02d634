package io.storageintegrations.model.message;

import java.time.Instant;
import java.util.List;

/** The registry's latest state of one integration, published to the compacted registry topic. */
public record IntegrationRecord(
    String integrationId,
    String projectId,
    String name,
    String description,
    AccessMode access,
    String bucket,
    String bucketRegion,
    String roleArn,
    String externalId,
    IntegrationState state,
    List<CheckResult> lastChecks,
    Instant lastValidatedAt,
    List<OutcomeSummary> history,
    long revision,
    Instant updatedAt) {

  public IntegrationRecord {
    lastChecks = List.copyOf(lastChecks);
    history = List.copyOf(history);
  }
}
