package io.storageintegrations.model.message;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;

/**
 * One check's result. {@code message} says what happened with the values involved; {@code
 * remediation} gives the exact fix (RAM action and Resource, trust-policy statement, region).
 */
public record CheckResult(
    Check check,
    CheckStatus status,
    String code,
    String message,
    String remediation,
    int attempts,
    long durationMs) {}
