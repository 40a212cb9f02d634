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
    implements IntegrationEvent {}
