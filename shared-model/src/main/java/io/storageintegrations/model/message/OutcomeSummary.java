package io.storageintegrations.model.message;

import java.time.Instant;

/** One entry of an integration's recent history. */
public record OutcomeSummary(
    long revision, IntegrationState state, String reason, String requestId, Instant at) {}
