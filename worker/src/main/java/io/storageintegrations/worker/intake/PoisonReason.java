package io.storageintegrations.worker.intake;

/** Why a request cannot be read; the value of the {@code dlt_reason} header. */
enum PoisonReason {
  OVERSIZE,
  MISSING_TYPE,
  UNKNOWN_TYPE,
  UNEXPECTED_TYPE,
  BAD_PAYLOAD,
  KEY_MISMATCH
}
