package io.storageintegrations.model.message;

import java.time.Instant;

/** A message on the events topic: a validation outcome or a lifecycle change. */
public sealed interface IntegrationEvent
    permits ValidationOutcome, IntegrationAccepted, IntegrationDeleted {

  /** Derived deterministically from what produced the event, so redelivery keeps the identity. */
  String eventId();

  String requestId();

  String integrationId();

  String projectId();

  long revision();

  Instant occurredAt();
}
