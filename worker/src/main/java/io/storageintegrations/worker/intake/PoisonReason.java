package io.storageintegrations.worker.intake;

/** Why a request was dead-lettered; the value of the {@code dlt_reason} header. */
enum PoisonReason {
  OVERSIZE,
  MISSING_TYPE,
  UNKNOWN_TYPE,
  UNEXPECTED_TYPE,
  BAD_PAYLOAD,
  KEY_MISMATCH,
  /** Read and validated, but its outcome is too large for the events topic. */
  OUTCOME_TOO_LARGE,
  /** Read, but the worker failed validating it (a defect): replay it once fixed. */
  WORKER_FAILURE
}
