package io.storageintegrations.worker.validation;

/** Why a check did not pass, which decides the outcome type. */
enum Fault {
  NONE,
  CUSTOMER,
  PLATFORM,
  RETRIES_EXHAUSTED,
  DEADLINE
}
