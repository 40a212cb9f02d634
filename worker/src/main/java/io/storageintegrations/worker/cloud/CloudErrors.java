package io.storageintegrations.worker.cloud;

import com.aliyun.oss.OSSException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import io.storageintegrations.model.check.CloudErrorClassifier;
import io.storageintegrations.model.check.ErrorClass;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever an SDK throws into a {@link CloudCallException} with its {@link ErrorClass}.
 * Transport failures (no answer) are transient; unexpected exceptions are the platform's problem,
 * never the customer's.
 */
final class CloudErrors {

  /** The OSS SDK's codes for an error answer without a readable error document. */
  private static final Set<String> UNREADABLE_OSS = Set.of("Unknown", "InvalidResponse");

  private static final Pattern STATUS_IN_MESSAGE = Pattern.compile("status code (\\d{3})");
  private static final Pattern NOT_IN_CODE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final int MAX_CODE_LENGTH = 64;

  private CloudErrors() {}

  static RuntimeException translate(CloudOperation operation, Throwable failure) {
    if (failure instanceof CloudCallException || failure instanceof DeadlineExceededException) {
      return (RuntimeException) failure;
    }
    if (failure instanceof OSSException oss) {
      if (UNREADABLE_OSS.contains(oss.getErrorCode())) {
        return unreadable(
            operation, orUnknown(oss.getErrorCode()), statusOf(oss.getErrorMessage()));
      }
      return fromCode(operation, oss.getErrorCode(), 0, oss.getRequestId());
    }
    if (failure instanceof com.aliyun.oss.ClientException transport) {
      return noAnswer(operation, transport.getErrorCode());
    }
    if (failure instanceof ServerException server) {
      return new CloudCallException(
          operation,
          orUnknown(server.getErrCode()),
          500,
          ErrorClass.TRANSIENT,
          requestId(server.getRequestId()));
    }
    if (failure instanceof ClientException sts) {
      return fromSts(operation, sts);
    }
    return new CloudCallException(
        operation,
        "Unexpected." + failure.getClass().getSimpleName(),
        0,
        ErrorClass.PLATFORM,
        null);
  }

  private static CloudCallException fromSts(CloudOperation operation, ClientException sts) {
    if (sts.getErrCode() == null
        || sts.getErrCode().isBlank()
        || "(null)".equals(sts.getErrCode())) {
      return unreadable(operation, "Unknown", 0); // a proxy's page or an unparseable answer
    }
    String code = orUnknown(sts.getErrCode());
    if (code.startsWith("SDK.") && CloudErrorClassifier.classify(code, 0) != ErrorClass.PLATFORM) {
      return noAnswer(operation, code); // timeouts, unreachable, unreadable responses
    }
    return fromCode(operation, code, 400, sts.getRequestId());
  }

  private static CloudCallException fromCode(
      CloudOperation operation, String code, int status, String requestId) {
    String cleaned = orUnknown(code);
    ErrorClass errorClass = CloudErrorClassifier.classify(cleaned, status);
    return new CloudCallException(operation, cleaned, status, errorClass, requestId(requestId));
  }

  private static CloudCallException noAnswer(CloudOperation operation, String code) {
    return unreadable(operation, orUnknown(code), 0);
  }

  /**
   * No answer, or one without a readable error document (a proxy's HTML page, an empty 5xx): it
   * says nothing about the customer's configuration, so it is retried.
   */
  private static CloudCallException unreadable(CloudOperation operation, String code, int status) {
    return new CloudCallException(operation, code, status, ErrorClass.TRANSIENT, null);
  }

  /** The status in the OSS SDK's "No body in response, http status code 503", else 0. */
  private static int statusOf(String message) {
    Matcher matcher = message == null ? null : STATUS_IN_MESSAGE.matcher(message);
    return matcher != null && matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /**
   * A code as it may enter an event: only {@code [A-Za-z0-9._-]}, at most 64 characters. Codes come
   * from whatever answered (a proxy, a hostile endpoint), and they end up in messages customers and
   * dashboards read.
   */
  static String orUnknown(String code) {
    if (code == null) {
      return "Unknown";
    }
    String cleaned = NOT_IN_CODE.matcher(code).replaceAll("");
    if (cleaned.length() > MAX_CODE_LENGTH) {
      cleaned = cleaned.substring(0, MAX_CODE_LENGTH);
    }
    return cleaned.isEmpty() ? "Unknown" : cleaned;
  }

  /** Request IDs follow the same rule; none is better than a forged one. */
  private static String requestId(String requestId) {
    return requestId == null ? null : orUnknown(requestId);
  }
}
