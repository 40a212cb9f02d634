package io.storageintegrations.model.message;

import java.time.Instant;
import java.util.List;

/**
 * The registry's latest state of one integration, published to the compacted registry topic. {@code
 * createdAt} is fixed when the integration is created; records written before it existed read it
 * from the oldest history entry (or {@code updatedAt}), as the registry did then.
 */
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
    Instant updatedAt,
    Instant createdAt) {

  public IntegrationRecord {
    lastChecks = List.copyOf(lastChecks);
    history = List.copyOf(history);
    if (createdAt == null && updatedAt != null) {
      createdAt = history.isEmpty() ? updatedAt : history.get(0).at();
    }
  }

  /** A record whose creation time is read from its history (records of earlier versions). */
  public IntegrationRecord(
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
    this(
        integrationId,
        projectId,
        name,
        description,
        access,
        bucket,
        bucketRegion,
        roleArn,
        externalId,
        state,
        lastChecks,
        lastValidatedAt,
        history,
        revision,
        updatedAt,
        null);
  }
}
