package io.storageintegrations.producer.ledger;

/** What an Idempotency-Key stands for, as far as a create with it is concerned. */
public enum KeyClaim {
  /** First used now, or before with this very body: go on (a retry completes the work). */
  THIS_BODY,
  /** First used with another body. */
  OTHER_BODY,
  /** Used with this body, and the integration it created has since been deleted. */
  DELETED
}
