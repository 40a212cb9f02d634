package io.storageintegrations.model.message;

/** Why a validation ended in ERROR: never the customer's fault, always worth a later retry. */
public enum ErrorReason {
  /** The platform's own key, signature or clock is wrong: operators must act. */
  PLATFORM_CONFIGURATION,
  /** A transient fault outlasted the bounded retries. */
  RETRIES_EXHAUSTED,
  /** The per-validation deadline passed before every check finished. */
  DEADLINE_EXCEEDED
}
