package io.storageintegrations.worker.vending;

import io.storageintegrations.model.check.ErrorClass;
import java.time.Instant;

/**
 * Why no credentials were issued: the class of the fault (the customer's role, the cloud being
 * unavailable, the platform's own key, or the deadline), the platform's error code with the
 * diagnosis and its fix, the cloud's code, and whether the integration should be re-validated (the
 * role is gone or no longer trusts the platform: what the validation checks). Never an SDK message:
 * those can echo a string-to-sign with a security token in it.
 */
record Refusal(
    ErrorClass errorClass,
    String code,
    String check,
    String cloudCode,
    String message,
    String remediation,
    boolean revalidate,
    Instant at) {}
