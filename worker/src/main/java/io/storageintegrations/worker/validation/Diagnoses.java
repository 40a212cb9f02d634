package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.worker.cloud.CallResult;
import io.storageintegrations.worker.cloud.CloudCallException;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.DeadlineExceededException;
import java.util.Map;

/**
 * Turns a failed cloud call into the check's diagnosis: the platform's {@link ErrorCode}, a message
 * with the values involved and the cloud's code and request ID, and the exact remediation.
 */
final class Diagnoses {

  private static final String EXPLICIT_DENY_HINT =
      " If the role already has such an Allow, an explicit Deny statement matching this action"
          + " and Resource wins over it: remove or narrow that Deny.";

  private Diagnoses() {}

  static CheckOutcome failure(
      Check check, CloudOperation operation, CallResult<?> call, Subject subject, long ms) {
    if (call.failure() instanceof DeadlineExceededException) {
      return deadline(check, subject, call.attempts(), ms);
    }
    CloudCallException error = (CloudCallException) call.failure();
    Map<String, Object> values = subject.values();
    values.put("cloudCode", error.code());
    values.put("attempts", call.attempts());
    values.put("action", operation.action());
    values.put("resource", resourceOf(operation, subject));
    if (error.errorClass() == ErrorClass.TRANSIENT) {
      return of(
          check,
          ErrorCode.TRANSIENT_RETRIES_EXHAUSTED,
          values,
          error,
          call,
          ms,
          Fault.RETRIES_EXHAUSTED);
    }
    if (error.errorClass() == ErrorClass.PLATFORM) {
      return of(check, platformCode(error.code()), values, error, call, ms, Fault.PLATFORM);
    }
    return of(check, customerCode(check, error.code()), values, error, call, ms, Fault.CUSTOMER);
  }

  static CheckOutcome deadline(Check check, Subject subject, int attempts, long ms) {
    ErrorCode code = ErrorCode.DEADLINE_EXCEEDED;
    Map<String, Object> values = subject.values();
    return new CheckOutcome(
        new CheckResult(
            check,
            CheckStatus.FAIL,
            code.name(),
            code.message(values),
            code.remediation(values),
            attempts,
            ms),
        Fault.DEADLINE);
  }

  /** A customer diagnosis found without a cloud error (region mismatch, content, open role). */
  static CheckOutcome customer(
      Check check,
      CheckStatus status,
      ErrorCode code,
      Map<String, Object> values,
      int attempts,
      long ms) {
    return new CheckOutcome(
        new CheckResult(
            check,
            status,
            code.name(),
            code.message(values),
            code.remediation(values),
            attempts,
            ms),
        status == CheckStatus.FAIL ? Fault.CUSTOMER : Fault.NONE);
  }

  private static CheckOutcome of(
      Check check,
      ErrorCode code,
      Map<String, Object> values,
      CloudCallException error,
      CallResult<?> call,
      long ms,
      Fault fault) {
    String message =
        code.message(values)
            + " [cloud code "
            + error.code()
            + (error.cloudRequestId() == null ? "" : ", request ID " + error.cloudRequestId())
            + "]";
    String remediation = code.remediation(values);
    if (code.name().endsWith("_DENIED")) {
      remediation += EXPLICIT_DENY_HINT;
    }
    return new CheckOutcome(
        new CheckResult(
            check, CheckStatus.FAIL, code.name(), message, remediation, call.attempts(), ms),
        fault);
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

  private static ErrorCode customerCode(Check check, String cloudCode) {
    if ("NoSuchBucket".equals(cloudCode)) {
      return ErrorCode.BUCKET_NOT_FOUND;
    }
    return switch (check) {
      case ROLE_ASSUMABLE ->
          cloudCode.startsWith("EntityNotExist")
              ? ErrorCode.ROLE_NOT_FOUND
              : ErrorCode.ROLE_NOT_TRUSTED;
      case BUCKET_EXISTS_IN_REGION -> ErrorCode.LOCATION_DENIED;
      case LIST -> ErrorCode.LIST_DENIED;
      case WRITE -> ErrorCode.WRITE_DENIED;
      case READ -> ErrorCode.READ_DENIED;
      default -> ErrorCode.PERMISSION_DENIED;
    };
  }

  private static String resourceOf(CloudOperation operation, Subject subject) {
    return switch (operation) {
      case ASSUME_ROLE, ASSUME_ROLE_WITHOUT_EXTERNAL_ID -> String.valueOf(subject.roleArn());
      case GET_CALLER_IDENTITY -> "*";
      case GET_BUCKET_LOCATION, LIST_OBJECTS -> "acs:oss:*:*:" + subject.bucket();
      case PUT_OBJECT, GET_OBJECT -> "acs:oss:*:*:" + subject.bucket() + "/*";
    };
  }
}
