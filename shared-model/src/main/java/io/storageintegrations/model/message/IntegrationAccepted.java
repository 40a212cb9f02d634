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
    implements IntegrationEvent {

  /**
   * The lifecycle event for an accepted request, published before the request itself; its eventId
   * is the one {@code MessageType.INTEGRATION_ACCEPTED.eventId(requestId)} gives.
   */
  public static IntegrationAccepted of(ValidationRequested r) {
    return new IntegrationAccepted(
        MessageCodec.eventId(r.requestId(), "INTEGRATION_ACCEPTED"),
        r.requestId(),
        r.integrationId(),
        r.projectId(),
        r.revision(),
        r.kind(),
        r.name(),
        r.description(),
        r.access(),
        r.bucket(),
        r.bucketRegion(),
        r.roleArn(),
        r.externalId(),
        r.requestedAt());
  }
}
