package io.storageintegrations.worker.cloud;

/**
 * Who is waiting for a validation: a person (create, dry run, a user's re-validation) or nobody
 * (periodic re-validation). Background work may use only its configured share of the STS quota and
 * of the in-flight slots, so people never queue behind a sweep.
 */
public enum Lane {
  INTERACTIVE,
  BACKGROUND
}
