package io.storageintegrations.worker.cloud;

import io.storageintegrations.model.check.ErrorClass;

/**
 * A failed cloud call, reduced to what may be shown: the service's error code, the HTTP status when
 * known, and the cloud request ID. It deliberately carries no cause and no SDK message: those can
 * echo a string-to-sign with a security token in it.
 */
public final class CloudCallException extends RuntimeException {

  private final CloudOperation operation;
  private final String code;
  private final int httpStatus;
  private final ErrorClass errorClass;
  private final String cloudRequestId;

  public CloudCallException(
      CloudOperation operation,
      String code,
      int httpStatus,
      ErrorClass errorClass,
      String cloudRequestId) {
    super(
        operation + " failed: " + code + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : ""),
        null,
        false,
        false);
    this.operation = operation;
    this.code = code;
    this.httpStatus = httpStatus;
    this.errorClass = errorClass;
    this.cloudRequestId = cloudRequestId;
  }

  public CloudOperation operation() {
    return operation;
  }

  /** The cloud's error code, e.g. {@code NoPermission}, or an SDK code for transport errors. */
  public String code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public ErrorClass errorClass() {
    return errorClass;
  }

  public String cloudRequestId() {
    return cloudRequestId;
  }

  public boolean isTransient() {
    return errorClass == ErrorClass.TRANSIENT;
  }
}
