package io.storageintegrations.worker.cloud;

import com.aliyun.oss.OSSException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import io.storageintegrations.model.check.CloudErrorClassifier;
import io.storageintegrations.model.check.ErrorClass;

/**
 * Turns whatever an SDK throws into a {@link CloudCallException} with its {@link ErrorClass}.
 * Transport failures (no answer) are transient; unexpected exceptions are the platform's problem,
 * never the customer's.
 */
final class CloudErrors {

  private CloudErrors() {}

  static RuntimeException translate(CloudOperation operation, Throwable failure) {
    if (failure instanceof CloudCallException || failure instanceof DeadlineExceededException) {
      return (RuntimeException) failure;
    }
    if (failure instanceof OSSException oss) {
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
          server.getRequestId());
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
    String code = orUnknown(sts.getErrCode());
    if (code.startsWith("SDK.") && CloudErrorClassifier.classify(code, 0) != ErrorClass.PLATFORM) {
      return noAnswer(operation, code); // timeouts, unreachable, unreadable responses
    }
    return fromCode(operation, code, 400, sts.getRequestId());
  }

  private static CloudCallException fromCode(
      CloudOperation operation, String code, int status, String requestId) {
    ErrorClass errorClass = CloudErrorClassifier.classify(code, status);
    return new CloudCallException(operation, orUnknown(code), status, errorClass, requestId);
  }

  private static CloudCallException noAnswer(CloudOperation operation, String code) {
    return new CloudCallException(
        operation, orUnknown(code), 0, CloudErrorClassifier.classify(null, 0), null);
  }

  private static String orUnknown(String code) {
    return code == null || code.isBlank() ? "Unknown" : code;
  }
}
