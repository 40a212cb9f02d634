package io.storageintegrations.model.message;

import java.time.Instant;

/** Lifecycle: the integration was deleted; later results for it are ignored. */
public record IntegrationDeleted(
    String eventId,
    String requestId,
    String integrationId,
    String projectId,
    long revision,
    Instant occurredAt)
    implements IntegrationEvent {

  /**
   * The lifecycle event of a deletion request, identical whoever publishes it (producer, worker, an
   * older client): eventId {@code MessageType.INTEGRATION_DELETED.eventId(requestId)}, the
   * request's time.
   */
  public static IntegrationDeleted of(DeletionRequested r) {
    return new IntegrationDeleted(
        MessageCodec.eventId(r.requestId(), "INTEGRATION_DELETED"),
        r.requestId(),
        r.integrationId(),
        r.projectId(),
        r.revision(),
        r.requestedAt());
  }
}
