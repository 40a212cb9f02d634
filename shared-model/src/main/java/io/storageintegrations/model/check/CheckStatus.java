package io.storageintegrations.model.check;

/** A check's verdict. SKIP marks a check that depends on one that failed, or does not apply. */
public enum CheckStatus {
  PASS,
  FAIL,
  WARN,
  SKIP
}
