package io.storageintegrations.model.message;

import java.time.Instant;

/**
 * Lifecycle: a create or re-validate was accepted and its validation is in flight (state PENDING).
 * Carries the integration's settings so the registry can be built from events alone.
 */
public record IntegrationAccepted(
    String eventId,
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
    String roleArn,
    String externalId,
    Instant occurredAt)
    implements IntegrationEvent {}
