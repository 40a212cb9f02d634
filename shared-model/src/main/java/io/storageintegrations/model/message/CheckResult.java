package io.storageintegrations.model.message;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import java.time.Instant;

/**
 * One check's result. {@code message} says what happened with the values involved; {@code
 * remediation} gives the exact fix (RAM action and Resource, trust-policy statement, region).
 *
 * <p>{@code verifiedAt}, when present, is when a real cloud call last proved what the check
 * asserts. Only a passing EXTERNAL_ID_ENFORCED carries it: the time of its negative AssumeRole. A
 * periodic re-validation that did not repeat that call (code {@code VERIFIED_RECENTLY}) carries the
 * earlier time forward unchanged, so the call is made again once the recheck period has passed.
 */
public record CheckResult(
    Check check,
    CheckStatus status,
    String code,
    String message,
    String remediation,
    int attempts,
    long durationMs,
    Instant verifiedAt) {

  /** A result that no real call stands behind beyond this validation's own (no verifiedAt). */
  public CheckResult(
      Check check,
      CheckStatus status,
      String code,
      String message,
      String remediation,
      int attempts,
      long durationMs) {
    this(check, status, code, message, remediation, attempts, durationMs, null);
  }
}
