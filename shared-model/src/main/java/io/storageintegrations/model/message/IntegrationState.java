package io.storageintegrations.model.message;

/** Registry state of an integration (DESIGN §6). */
public enum IntegrationState {
  /** Accepted, validation in flight. */
  PENDING,
  /** Validated; usable by export jobs. */
  ACTIVE,
  /** The customer must fix something; the diagnosis is attached. */
  INVALID,
  /** A platform or transient fault; retry later. */
  ERROR,
  /** Deleted; kept only until the tombstone compacts away. */
  DELETED
}
