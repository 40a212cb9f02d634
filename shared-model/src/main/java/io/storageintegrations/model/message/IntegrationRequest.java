package io.storageintegrations.model.message;

/** A message on the requests topic. Keyed by {@link #integrationId()}. */
public sealed interface IntegrationRequest permits ValidationRequested, DeletionRequested {

  /** Idempotency key chosen by the publisher. */
  String requestId();

  String integrationId();

  String projectId();

  /** The integration's revision this request belongs to; older results are ignored. */
  long revision();
}
