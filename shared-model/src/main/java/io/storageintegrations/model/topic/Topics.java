package io.storageintegrations.model.topic;

import java.util.List;

/**
 * Every topic the system uses. Every record is keyed by integration ID, except on the producer's
 * ledger, which is keyed by project ID.
 */
public final class Topics {

  /** Validation and deletion requests from the API and upstream services. */
  public static final String REQUESTS = "storage-integrations.requests.v1";

  /**
   * The background lane: the same requests as {@link #REQUESTS} that nobody waits for (periodic
   * re-validation). Workers take these only within their background share of slots and STS quota,
   * so a person's request is never stuck behind a sweep (Kafka has no priority inside a partition).
   */
  public static final String REQUESTS_BACKGROUND = "storage-integrations.requests.background.v1";

  /** Validation outcomes and lifecycle events. */
  public static final String EVENTS = "storage-integrations.events.v1";

  /** Compacted: latest {@code IntegrationRecord} per integration, tombstone on delete. */
  public static final String REGISTRY = "storage-integrations.registry.v1";

  /** Requests that cannot be read, with the reason in headers. */
  public static final String REQUESTS_DLT = "storage-integrations.requests.v1.dlt";

  /**
   * The producer's own ledger, keyed by <b>project ID</b> (one total order per project):
   * ExternalIds minted, integration names claimed, confirmed and released. Kept forever and never
   * compacted (compaction could drop the claim that won a name). Only producer instances read or
   * write it.
   */
  public static final String PRODUCER_LEDGER = "storage-integrations.producer-ledger.v1";

  /**
   * Audit trail of credential vending: who received credentials for which integration, access,
   * prefix and expiry. Never the credentials themselves: no topic carries a secret or a token.
   */
  public static final String AUDIT = "storage-integrations.audit.v1";

  /** The whole catalogue, in the order above. */
  public static final List<String> ALL =
      List.of(
          REQUESTS, REQUESTS_BACKGROUND, EVENTS, REGISTRY, REQUESTS_DLT, PRODUCER_LEDGER, AUDIT);

  private Topics() {}
}
