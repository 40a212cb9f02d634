package io.storageintegrations.worker.vending;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.worker.cloud.CallResult;
import io.storageintegrations.worker.cloud.CloudCallException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A failed AssumeRole turned into the caller's diagnosis, with the validation's own wording. */
final class Refusals {

  private Refusals() {}

  static Refusal of(
      CallResult<?> call, VendRequest request, String principal, Duration deadline, Instant at) {
    Map<String, Object> values = new HashMap<>();
    values.put("roleArn", request.roleArn());
    values.put("externalId", request.externalId());
    values.put("platformPrincipal", principal);
    values.put("bucket", request.bucket());
    values.put("region", request.region());
    values.put("action", "sts:AssumeRole");
    values.put("attempts", call.attempts());
    values.put("deadline", deadline.toMillis() + " ms");
    if (!(call.failure() instanceof CloudCallException error)) {
      return refusal(ErrorClass.TRANSIENT, ErrorCode.DEADLINE_EXCEEDED, null, values, false, at);
    }
    values.put("cloudCode", error.code());
    return switch (error.errorClass()) {
      case TRANSIENT ->
          refusal(
              ErrorClass.TRANSIENT,
              ErrorCode.TRANSIENT_RETRIES_EXHAUSTED,
              error.code(),
              values,
              false,
              at);
      case PLATFORM ->
          refusal(ErrorClass.PLATFORM, platformCode(error.code()), error.code(), values, false, at);
      case CUSTOMER -> customer(error, values, at);
    };
  }

  private static Refusal customer(
      CloudCallException error, Map<String, Object> values, Instant at) {
    String cloudCode = error.code();
    if (cloudCode.startsWith("EntityNotExist")) {
      return refusal(ErrorClass.CUSTOMER, ErrorCode.ROLE_NOT_FOUND, cloudCode, values, true, at);
    }
    if (cloudCode.startsWith("NoPermission")) {
      return refusal(ErrorClass.CUSTOMER, ErrorCode.ROLE_NOT_TRUSTED, cloudCode, values, true, at);
    }
    if (cloudCode.startsWith("InvalidParameter.DurationSeconds")) {
      return new Refusal(
          ErrorClass.CUSTOMER,
          "DURATION_NOT_ALLOWED",
          Check.ROLE_ASSUMABLE.name(),
          cloudCode,
          "Role " + values.get("roleArn") + " does not allow sessions this long.",
          "Ask for a shorter durationSeconds, or raise the role's MaxSessionDuration in RAM.",
          false,
          at);
    }
    return new Refusal(
        ErrorClass.CUSTOMER,
        "ASSUME_ROLE_REFUSED",
        Check.ROLE_ASSUMABLE.name(),
        cloudCode,
        "STS refused to assume role " + values.get("roleArn") + " (" + cloudCode + ").",
        "Re-validate the integration; its diagnosis names the fix.",
        true,
        at);
  }

  private static Refusal refusal(
      ErrorClass errorClass,
      ErrorCode code,
      String cloudCode,
      Map<String, Object> values,
      boolean revalidate,
      Instant at) {
    String message =
        code.message(values) + (cloudCode == null ? "" : " [cloud code " + cloudCode + "]");
    return new Refusal(
        errorClass,
        code.name(),
        code.check() == null ? Check.ROLE_ASSUMABLE.name() : code.check().name(),
        cloudCode,
        message,
        code.remediation(values).replace("validate again later", "ask again later"),
        revalidate,
        at);
  }

  private static ErrorCode platformCode(String cloudCode) {
    if (cloudCode.contains("Signature") || cloudCode.contains("AccessKeySecret")) {
      return ErrorCode.PLATFORM_SIGNATURE_MISMATCH;
    }
    if (cloudCode.contains("Skewed")) {
      return ErrorCode.PLATFORM_CLOCK_SKEW;
    }
    return ErrorCode.PLATFORM_KEY_INVALID;
  }
}
