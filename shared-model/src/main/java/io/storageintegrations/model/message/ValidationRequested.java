package io.storageintegrations.model.message;

import java.time.Instant;

/**
 * Asks a worker to validate an integration's bucket and role. Field values are as the caller sent
 * them; the worker's request check applies the field rules before any cloud call.
 *
 * <p>{@code externalIdVerifiedAt} (optional) is when the negative AssumeRole of this integration
 * last passed, as the registry's last verdict records it ({@link CheckResult#verifiedAt()}). Only
 * periodic re-validations carry it; a worker may then skip that call while the time lies within its
 * recheck period. Requests without it (interactive ones, and those of older producers) get the full
 * test.
 */
public record ValidationRequested(
    String requestId,
    String integrationId,
    String projectId,
    long revision,
    RequestKind kind,
    String name,
    String description,
    AccessMode access,
    String bucket,
    String bucketRegion,
    String clusterRegion,
    String roleArn,
    String externalId,
    Instant requestedAt,
    Instant externalIdVerifiedAt)
    implements IntegrationRequest {

  /** A request without a last-verified time: the worker runs every check. */
  public ValidationRequested(
      String requestId,
      String integrationId,
      String projectId,
      long revision,
      RequestKind kind,
      String name,
      String description,
      AccessMode access,
      String bucket,
      String bucketRegion,
      String clusterRegion,
      String roleArn,
      String externalId,
      Instant requestedAt) {
    this(
        requestId,
        integrationId,
        projectId,
        revision,
        kind,
        name,
        description,
        access,
        bucket,
        bucketRegion,
        clusterRegion,
        roleArn,
        externalId,
        requestedAt,
        null);
  }
}
