package io.storageintegrations.producer.ledger;

import java.time.Instant;

/**
 * One fact in a project's ledger. {@code name} and {@code integrationId} belong to name claims and
 * releases, {@code externalId} to a minted ExternalId, {@code fingerprint} (of the request body) to
 * an Idempotency-Key claim, which names the integration ID derived from the key, never the key.
 */
public record LedgerEntry(
    Kind kind,
    String projectId,
    String name,
    String integrationId,
    String externalId,
    Instant at,
    String fingerprint) {

  /** What happened. */
  public enum Kind {
    EXTERNAL_ID_MINTED,
    NAME_CLAIMED,
    NAME_CONFIRMED,
    NAME_RELEASED,
    KEY_CLAIMED
  }

  static LedgerEntry minted(String projectId, String externalId, Instant at) {
    return new LedgerEntry(Kind.EXTERNAL_ID_MINTED, projectId, null, null, externalId, at, null);
  }

  static LedgerEntry claimed(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_CLAIMED, projectId, name, integrationId, null, at, null);
  }

  static LedgerEntry confirmed(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_CONFIRMED, projectId, name, integrationId, null, at, null);
  }

  static LedgerEntry released(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_RELEASED, projectId, name, integrationId, null, at, null);
  }

  static LedgerEntry keyClaimed(
      String projectId, String integrationId, String fingerprint, Instant at) {
    return new LedgerEntry(Kind.KEY_CLAIMED, projectId, null, integrationId, null, at, fingerprint);
  }
}
