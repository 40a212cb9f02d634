package io.storageintegrations.producer.ledger;

import java.time.Instant;

/**
 * One fact in a project's ledger. {@code name} and {@code integrationId} belong to name claims and
 * releases, {@code externalId} to a minted ExternalId.
 */
public record LedgerEntry(
    Kind kind, String projectId, String name, String integrationId, String externalId, Instant at) {

  /** What happened. */
  public enum Kind {
    EXTERNAL_ID_MINTED,
    NAME_CLAIMED,
    NAME_CONFIRMED,
    NAME_RELEASED
  }

  static LedgerEntry minted(String projectId, String externalId, Instant at) {
    return new LedgerEntry(Kind.EXTERNAL_ID_MINTED, projectId, null, null, externalId, at);
  }

  static LedgerEntry claimed(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_CLAIMED, projectId, name, integrationId, null, at);
  }

  static LedgerEntry confirmed(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_CONFIRMED, projectId, name, integrationId, null, at);
  }

  static LedgerEntry released(String projectId, String name, String integrationId, Instant at) {
    return new LedgerEntry(Kind.NAME_RELEASED, projectId, name, integrationId, null, at);
  }
}
