package io.storageintegrations.model.message;

import java.time.Instant;

/**
 * Asks a worker to validate an integration's bucket and role. Field values are as the caller sent
 * them; the worker's request check applies the field rules before any cloud call.
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
    Instant requestedAt)
    implements IntegrationRequest {}
