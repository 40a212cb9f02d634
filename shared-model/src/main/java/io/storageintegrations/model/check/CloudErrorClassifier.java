package io.storageintegrations.model.check;

import java.util.Set;

/**
 * Classifies an STS or OSS error by its code and HTTP status (DESIGN §4): the platform's own key,
 * signature or clock first, then faults worth retrying, and everything else is the customer's
 * configuration, which is a result, not a fault.
 */
public final class CloudErrorClassifier {

  private static final Set<String> PLATFORM =
      Set.of(
          "InvalidAccessKeyId",
          "InvalidAccessKeyId.NotFound",
          "InvalidAccessKeyId.Inactive",
          "SignatureDoesNotMatch",
          "IncompleteSignature",
          "SDK.InvalidAccessKeySecret",
          "SDK.InvalidRegionId",
          "RequestTimeTooSkewed",
          "MissingSecurityToken",
          "InvalidSecurityToken",
          "InvalidSecurityToken.Expired",
          "InvalidSecurityToken.Malformed",
          "SecurityTokenExpired");

  private static final Set<String> TRANSIENT =
      Set.of(
          "ServiceUnavailable",
          "InternalError",
          "RequestTimeout",
          "QpsLimitExceeded",
          "TotalQpsLimitExceeded",
          "PartitionQpsLimitted",
          "MetaOperationQpsLimitExceeded",
          "SDK.ServerUnreachable",
          "SDK.ReadTimeout",
          "SDK.ConnectTimeout",
          "ServerBusy");

  private CloudErrorClassifier() {}

  /**
   * @param cloudCode the service's error code, or null when no response arrived (network failure)
   * @param httpStatus the HTTP status, or 0 (or less) when no response arrived
   */
  public static ErrorClass classify(String cloudCode, int httpStatus) {
    if (cloudCode != null && PLATFORM.contains(cloudCode)) {
      return ErrorClass.PLATFORM;
    }
    if (cloudCode == null && httpStatus < 400) {
      return ErrorClass.TRANSIENT; // no answer (network) or an answer without an error code
    }
    if (httpStatus >= 500 || httpStatus == 429) {
      return ErrorClass.TRANSIENT;
    }
    if (cloudCode != null
        && (TRANSIENT.contains(cloudCode) || cloudCode.startsWith("Throttling"))) {
      return ErrorClass.TRANSIENT;
    }
    return ErrorClass.CUSTOMER;
  }
}
