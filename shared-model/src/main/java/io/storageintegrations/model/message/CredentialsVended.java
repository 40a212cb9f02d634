package io.storageintegrations.model.message;

import java.time.Instant;

/**
 * Audit: a job received short-lived credentials for an integration. Says who ({@code caller}, the
 * API key's name), for which integration, access, bucket and prefix, and until when; never the
 * credentials themselves (no AccessKey, secret or security token travels on any topic). {@code
 * servedFromCache} tells whether the worker reused credentials issued for the same scope.
 */
public record CredentialsVended(
    String eventId,
    String requestId,
    String integrationId,
    String projectId,
    String caller,
    AccessMode access,
    String bucket,
    String prefix,
    long durationSeconds,
    Instant expiresAt,
    boolean servedFromCache,
    Instant occurredAt) {}
