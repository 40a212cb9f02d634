package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.CheckResult;
import java.time.Instant;

/** A check's reported result and the fault behind it. */
record CheckOutcome(CheckResult result, Fault fault) {

  /** The code of a check passed on the strength of an earlier real call, not re-run now. */
  static final String VERIFIED_RECENTLY = "VERIFIED_RECENTLY";

  Check check() {
    return result.check();
  }

  boolean passed() {
    return result.status() == CheckStatus.PASS || result.status() == CheckStatus.WARN;
  }

  static CheckOutcome pass(Check check, String message, int attempts, long durationMs) {
    return new CheckOutcome(
        new CheckResult(check, CheckStatus.PASS, "OK", message, null, attempts, durationMs),
        Fault.NONE);
  }

  /** PASS backed by a real call at {@code verifiedAt} (the negative AssumeRole). */
  static CheckOutcome pass(
      Check check, String message, int attempts, long durationMs, Instant verifiedAt) {
    return new CheckOutcome(
        new CheckResult(
            check, CheckStatus.PASS, "OK", message, null, attempts, durationMs, verifiedAt),
        Fault.NONE);
  }

  /** PASS without a call now: an earlier real pass at {@code verifiedAt}, carried forward. */
  static CheckOutcome verifiedRecently(Check check, String message, Instant verifiedAt) {
    return new CheckOutcome(
        new CheckResult(
            check, CheckStatus.PASS, VERIFIED_RECENTLY, message, null, 0, 0, verifiedAt),
        Fault.NONE);
  }

  static CheckOutcome skip(Check check, String code, String message) {
    return new CheckOutcome(
        new CheckResult(check, CheckStatus.SKIP, code, message, null, 0, 0), Fault.NONE);
  }

  /** SKIP because {@code dependency} did not pass. */
  static CheckOutcome skipAfter(Check check, Check dependency) {
    return skip(check, "DEPENDENCY_NOT_PASSED", "Not run: it depends on " + dependency + ".");
  }
}
