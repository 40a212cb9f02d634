package io.storageintegrations.model.check;

/** The class of an error decides what happens to it (DESIGN §4). */
public enum ErrorClass {
  /** Network errors, timeouts, 5xx, throttling: retried with back-off. */
  TRANSIENT,
  /** The customer's bucket or role is wrong: not retried, FAIL with remediation. */
  CUSTOMER,
  /** The platform's own key or clock is wrong: outcome ERROR, operators alerted. */
  PLATFORM
}
