package io.storageintegrations.model.message;

import java.time.Instant;

/** Asks for an integration to be deleted; ordered with its validations by the shared key. */
public record DeletionRequested(
    String requestId, String integrationId, String projectId, long revision, Instant requestedAt)
    implements IntegrationRequest {}
